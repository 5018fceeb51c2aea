package org.smppconnector.store.testing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** The databases every store test runs against: the class is parameterised by this. */
public enum Database {
    H2 {
        @Override
        public Target fresh(String name) {
            Path file = Path.of("target", "h2-tests", name + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
            return new Target("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "");
        }
    },
    POSTGRESQL {
        @Override
        public Target fresh(String name) {
            PostgresServer server = PostgresServer.shared();
            String url = server.createDatabase((name + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT));
            return new Target(url, server.user(), "");
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A new empty database; {@code name} says which test it is for. */
    public abstract Target fresh(String name);

    /** How to reach a test database. */
    public record Target(String url, String user, String password) {
    }
}
