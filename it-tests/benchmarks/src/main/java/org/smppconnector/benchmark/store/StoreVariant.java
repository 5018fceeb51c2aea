package org.smppconnector.benchmark.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.testing.PostgresServer;

/** Where the pipeline records: nowhere, an H2 file, or a PostgreSQL started for the run. */
enum StoreVariant {
    NONE {
        @Override
        Opened open(Path workDir, StoreConfig config, List<String> pgSettings) {
            return new Opened(null, () -> 0, () -> { });
        }
    },
    H2 {
        @Override
        Opened open(Path workDir, StoreConfig config, List<String> pgSettings) {
            String url = StoreConfig.defaultH2Url(workDir.resolve("h2-" + System.nanoTime()));
            SmppStore store = SmppStore.open(url, "sa", "", config);
            return new Opened(store, () -> 0, store::close);
        }
    },
    POSTGRESQL {
        @Override
        Opened open(Path workDir, StoreConfig config, List<String> pgSettings) {
            PostgresServer server = PostgresServer.start(workDir.resolve("postgres"), pgSettings);
            try {
                String url = server.createDatabase("bench");
                SmppStore store = SmppStore.open(url, server.user(), "", config);
                return new Opened(store, server::cpuNanos, () -> {
                    try {
                        store.close();
                    } finally {
                        server.close();
                    }
                });
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
    };

    abstract Opened open(Path workDir, StoreConfig config, List<String> pgSettings);

    /**
     * The store (null for NONE), the CPU time its server processes used so far (0 for an
     * embedded one, which the JVM's CPU time includes), and how to close it with all it started.
     */
    record Opened(SmppStore store, LongSupplier serverCpuNanos, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }
}
