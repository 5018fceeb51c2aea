package org.smppconnector.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.smppconnector.store.submission.RecorderSettings;

/**
 * How to open the store.
 *
 * @param node          this server's name, written with submissions, receipts and session status
 * @param poolSize      connections at most, 3 or more (migrating takes two at once; the recorder
 *                      and the matcher need one each)
 * @param borrowTimeout how long a caller waits for a free connection
 * @param recorder      how submissions are batched, and what is kept of their text
 * @param orphanWindow  how far back receipts recorded before their submission are still matched
 * @param clock         the time written into rows
 */
public record StoreConfig(String node, int poolSize, Duration borrowTimeout, RecorderSettings recorder,
                          Duration orphanWindow, Clock clock) {

    public StoreConfig {
        Objects.requireNonNull(node, "node");
        if (poolSize < 3) {
            throw new IllegalArgumentException("poolSize must be at least 3, not " + poolSize);
        }
        Objects.requireNonNull(borrowTimeout, "borrowTimeout");
        Objects.requireNonNull(recorder, "recorder");
        Objects.requireNonNull(orphanWindow, "orphanWindow");
        Objects.requireNonNull(clock, "clock");
    }

    public static StoreConfig defaults(String node) {
        return new StoreConfig(node, 8, Duration.ofSeconds(10), RecorderSettings.DEFAULT, Duration.ofMinutes(10),
                Clock.systemUTC());
    }

    /** The default shared database: an H2 file in {@code directory}, open to the console at the same time. */
    public static String defaultH2Url(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("smppconnector") + ";AUTO_SERVER=TRUE";
    }

    public StoreConfig withRecorder(RecorderSettings value) {
        return new StoreConfig(node, poolSize, borrowTimeout, value, orphanWindow, clock);
    }

    public StoreConfig withPoolSize(int value) {
        return new StoreConfig(node, value, borrowTimeout, recorder, orphanWindow, clock);
    }

    public StoreConfig withClock(Clock value) {
        return new StoreConfig(node, poolSize, borrowTimeout, recorder, orphanWindow, value);
    }
}
