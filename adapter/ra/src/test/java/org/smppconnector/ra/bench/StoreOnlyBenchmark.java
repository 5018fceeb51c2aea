package org.smppconnector.ra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.receipt.ReceiptRecord;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.submission.SubmissionRecord;
import org.smppconnector.store.testing.PostgresServer;

/**
 * The store alone, without SMPP: on one thread, batches of submissions recorded and then their
 * receipts matched ({@code matchAll}), as fast as the database takes them. The ceiling of what
 * {@link StoreBenchmark} can reach with a store, whatever the adapter does. Not a test.
 *
 * <p>Arguments: {@code h2|postgresql messages batch [out]}.
 */
public final class StoreOnlyBenchmark {

    private StoreOnlyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int messages = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        Path out = Path.of(args.length > 3 ? args[3] : "target/store-only-benchmark.txt");
        PostgresServer postgres = null;
        String url;
        String user;
        if (mode.equals("h2")) {
            url = StoreConfig.defaultH2Url(Path.of("target", "store-benchmark", "store-only-" + ProcessHandle.current().pid()));
            user = "sa";
        } else {
            postgres = PostgresServer.start(Path.of("target", "store-benchmark", "postgres-store-only"),
                    PostgresServer.DURABLE);
            url = postgres.createDatabase("store_only");
            user = postgres.user();
        }
        StringBuilder report = new StringBuilder();
        try (SmppStore store = SmppStore.open(url, user, "", StoreConfig.defaults("bench"))) {
            for (String round : List.of("warm-up", "measured")) {
                long start = System.nanoTime();
                for (int from = 0; from < messages; from += batch) {
                    List<ReceiptRecord> receipts = new ArrayList<>(batch);
                    for (int i = from; i < from + batch; i++) {
                        String id = round.charAt(0) + "-" + i;
                        store.recorder().record(new SubmissionRecord("bench", "Bench", "4512345678",
                                "Benchmark message " + i, "bench-" + i, List.of(id), Instant.now()));
                        receipts.add(new ReceiptRecord("bench", id, DeliveryState.DELIVERED, "000", null, null,
                                Instant.now(), "rx", "id:" + id + " stat:DELIVRD err:000"));
                    }
                    store.recorder().flush();
                    store.matcher().matchAll(receipts);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                String line = String.format(Locale.ROOT, "%s, %s: %,d messages recorded and matched in batches of %d:"
                        + " %.1f s, %,.0f messages/s%n", mode, round, messages, batch, seconds, messages / seconds);
                System.out.print(line);
                report.append(line);
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
    }
}
