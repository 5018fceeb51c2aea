package org.smppconnector.console.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.smppconnector.console.ConsoleOptions;
import org.smppconnector.console.ConsoleServer;
import org.smppconnector.store.SmppStore;

/**
 * A real console on a free port over a fresh H2 file store under {@code target/}, with the
 * administrator {@link #ADMIN} / {@link #ADMIN_PASSWORD}.
 */
public final class TestConsole implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "correct-horse-battery";

    private final Path directory;
    private final String dbUrl;
    private final ConsoleServer.Running running;
    private ConsoleClient admin;

    private TestConsole(Path directory, String dbUrl) {
        this.directory = directory;
        this.dbUrl = dbUrl;
        this.running = ConsoleServer.start(ConsoleOptions.of(dbUrl, 0).withAdmin(ADMIN, ADMIN_PASSWORD));
    }

    /**
     * A console on a store others use too (the adapter in Payara, writing session status and
     * receipts): how full-stack tests put the console beside a running adapter.
     */
    public static TestConsole on(String dbUrl) {
        return new TestConsole(null, dbUrl);
    }

    private static TestConsole shared;

    /**
     * One console for every test class that needs no fresh store: started once per test JVM
     * (a start hashes passwords and migrates the schema), stopped when the JVM ends. Tests
     * sharing it use names of their own.
     */
    public static synchronized TestConsole shared() {
        if (shared == null) {
            shared = start();
            TestConsole running = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
        return shared;
    }

    public static TestConsole start() {
        try {
            Path directory = Path.of("target", "test-stores", UUID.randomUUID().toString());
            Files.createDirectories(directory);
            return new TestConsole(directory, "jdbc:h2:file:" + directory.toAbsolutePath().resolve("smppconnector")
                    + ";AUTO_SERVER=TRUE");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String url() {
        return running.url();
    }

    public String dbUrl() {
        return dbUrl;
    }

    /** The console's own store, to seed submissions, receipts and session status as the adapter would. */
    public SmppStore store() {
        return running.store();
    }

    /**
     * The administrator, signed in once per console (each sign-in costs a slow password hash);
     * {@link ConsoleClient#header} gives variants without changing it. Tests that sign out use
     * {@link #signInAdmin()}.
     */
    public synchronized ConsoleClient admin() {
        if (admin == null) {
            admin = signInAdmin();
        }
        return admin;
    }

    /** A new session of the administrator. */
    public ConsoleClient signInAdmin() {
        return ConsoleClient.signIn(url(), ADMIN, ADMIN_PASSWORD);
    }

    public ConsoleClient anonymous() {
        return ConsoleClient.anonymous(url());
    }

    @Override
    public void close() {
        running.close();
    }
}
