package org.smppconnector.it.micro;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition by asking again until a deadline, never by sleeping a guessed time. */
public final class Poll {

    private static final long INTERVAL_MILLIS = 50;

    private Poll() {
    }

    /**
     * Asks until the supplier returns something other than null (or false).
     *
     * @throws AssertionError naming what was awaited, with the last failure, at the deadline
     */
    public static <T> T until(String description, Duration timeout, Supplier<T> supplier) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastFailure = null;
        while (true) {
            try {
                T value = supplier.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + description, lastFailure);
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + description, e);
            }
        }
    }
}
