package org.smppconnector.ra.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.inbound.ReceiptListener;
import org.smppconnector.ra.SmppResourceAdapter;
import org.smppconnector.ra.fixture.TestContainer;
import org.smppconnector.ra.inbound.SmppActivationSpec;
import org.smppconnector.ra.outbound.SmppManagedConnectionFactory;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.testing.PostgresServer;

/**
 * End to end through the resource adapter, as an application uses it, with and without the
 * shared store: submissions sent through a connection handle (submitAsync, the account's
 * windows as the only limit) to the simulator's generic profile, which sends each receipt at
 * once; a message-driven bean takes every receipt. With a store, every submission is recorded
 * and every receipt matched to it before the bean gets it; a run ends once the store has every
 * receipt matched. Not a test: run by its own command (see docs/benchmarks.md), it writes its
 * figures to {@code target/store-benchmark.txt}.
 *
 * <p>Arguments: {@code --messages N} (measured, default 100000), {@code --warmup N} (default
 * 10000), {@code --modes none,h2,postgresql}, {@code --rounds N} (default 1: each round runs every
 * mode once, in turn, on a fresh database, so that load from outside falls on all modes alike;
 * the report gives each mode's median round), {@code --bind-groups name/tx/rx/trx} (default
 * {@value #DEFAULT_BIND_GROUPS}: the simulator keeps at most 10 receipts unacknowledged per
 * receiving session, so the receivers bound how many receipts are in flight), {@code --out FILE}.
 */
public final class StoreBenchmark {

    private static final String ACCOUNT = "bench";
    private static final String PASSWORD = "secret";
    private static final String DEFAULT_BIND_GROUPS = "default/2/2/0";
    private static final int WINDOW = 100;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private StoreBenchmark() {
    }

    /**
     * One run's figures; times in nanoseconds from the first measured submit.
     *
     * @param cpuNanos this JVM's CPU time over the measured run (the database server's not included)
     */
    record Result(String mode, int messages, long submittedNanos, long receiptsNanos, long matchedNanos,
                  long cpuNanos, long failures, long storedSubmissions, long matchedReceipts,
                  long deliveredSubmissions) {

        double rate() {
            return messages / (matchedNanos / 1e9);
        }

        double cpuMicrosPerMessage() {
            return cpuNanos / 1e3 / messages;
        }
    }

    public static void main(String[] args) throws Exception {
        int messages = 100_000;
        int warmup = 10_000;
        List<String> modes = List.of("none", "h2", "postgresql");
        int rounds = 1;
        String bindGroups = DEFAULT_BIND_GROUPS;
        Path out = Path.of("target", "store-benchmark.txt");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--messages" -> messages = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--modes" -> modes = List.of(args[i + 1].split(","));
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--bind-groups" -> bindGroups = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; expected --messages N, --warmup N, --modes none,h2,postgresql, --rounds N,"
                        + " --bind-groups name/tx/rx/trx, --out FILE");
            }
        }
        // No per-PDU logging measured: only warnings.
        Logger.getLogger("").setLevel(Level.WARNING);

        Map<String, List<Result>> results = new LinkedHashMap<>();
        modes.forEach(mode -> results.put(mode, new ArrayList<>()));
        PostgresServer postgres = null;
        try {
            for (int round = 1; round <= rounds; round++) {
                for (String mode : modes) {
                    String url;
                    String user = "";
                    switch (mode) {
                        case "none" -> url = null;
                        case "h2" -> {
                            Path dir = Path.of("target", "store-benchmark", "h2-" + ProcessHandle.current().pid()
                                    + "-" + round);
                            url = StoreConfig.defaultH2Url(dir);
                            user = "sa";
                        }
                        case "postgresql" -> {
                            if (postgres == null) {
                                // Debian's defaults: every commit waits for its WAL flush.
                                postgres = PostgresServer.start(Path.of("target", "store-benchmark", "postgres"),
                                        PostgresServer.DURABLE);
                            }
                            url = postgres.createDatabase("bench_" + round);
                            user = postgres.user();
                        }
                        default -> throw new IllegalArgumentException("unknown mode " + mode);
                    }
                    System.out.printf("round %d, %s: %d warm-up, %d measured ...%n", round, mode, warmup, messages);
                    Result result = run(mode, url, user, bindGroups, warmup, messages);
                    results.get(mode).add(result);
                    System.out.println(line(result, null));
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        String report = report(results, bindGroups, warmup, rounds);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static Result run(String mode, String storeUrl, String storeUser, String bindGroups, int warmup,
                              int messages) throws Exception {
        SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account(ACCOUNT, PASSWORD).port(0)
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ZERO).build())
                .pduLogCapacity(0).messageLogCapacity(1).messageBookCapacity(warmup + messages + 10_000)
                .build().start();
        TestContainer container = new TestContainer();
        SmppResourceAdapter adapter = new SmppResourceAdapter();
        if (storeUrl != null) {
            adapter.setStoreUrl(storeUrl);
            adapter.setStoreUser(storeUser);
            adapter.setNodeName("bench");
        }
        AtomicLong receipts = new AtomicLong();
        try {
            adapter.start(container);
            SmppActivationSpec spec = new SmppActivationSpec();
            spec.setAccount(ACCOUNT);
            spec.setResourceAdapter(adapter);
            ReceiptListener bean = receipt -> receipts.incrementAndGet();
            adapter.endpointActivation(new BenchEndpoints(bean), spec);

            SmppManagedConnectionFactory mcf = new SmppManagedConnectionFactory();
            mcf.setAccount(ACCOUNT);
            mcf.setHosts("127.0.0.1");
            mcf.setPort(smsc.port());
            mcf.setPassword(PASSWORD);
            mcf.setBindGroups(bindGroups);
            mcf.setWindowSize(WINDOW);
            mcf.setReconnectDelaySeconds(1);
            mcf.setResourceAdapter(adapter);
            SmppConnectionFactory factory = (SmppConnectionFactory) mcf.createConnectionFactory();
            smsc.awaitBound(ACCOUNT, binds(bindGroups), Duration.ofSeconds(30));
            DataSource store = adapter.store().map(s -> s.store().dataSource()).orElse(null);

            try (SmppConnection connection = factory.getConnection()) {
                AtomicLong failures = new AtomicLong();
                send(connection, 0, warmup, failures);
                awaitAtLeast(receipts, warmup);
                awaitAllMatched(store, warmup);

                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                long submitted = send(connection, warmup, messages, failures) - start;
                long received = awaitAtLeast(receipts, warmup + messages) - start;
                long matched = (store == null ? received + start : awaitAllMatched(store, warmup + messages)) - start;
                long cpu = processCpuNanos() - cpuStart;
                long total = warmup + messages;
                return new Result(mode, messages, submitted, received, matched, cpu, failures.get(),
                        store == null ? 0 : count(store, "SELECT COUNT(*) FROM submission"),
                        store == null ? 0 : count(store, "SELECT COUNT(*) FROM receipt WHERE part_id IS NOT NULL"),
                        store == null ? total : count(store, "SELECT COUNT(*) FROM submission WHERE state = 'DELIVERED'"));
            }
        } finally {
            adapter.stop();
            smsc.stop();
            container.close();
        }
    }

    /** Sends messages {@code from} .. {@code from + n - 1}; returns when every one was answered. */
    private static long send(SmppConnection connection, int from, int n, AtomicLong failures) throws Exception {
        AtomicLong answered = new AtomicLong();
        for (int i = from; i < from + n; i++) {
            SmsMessage message = SmsMessage.builder().source("Bench").destination("+4512345678")
                    .text("Benchmark message " + i).requestReceipt().reference("bench-" + i).build();
            connection.submitAsync(message).whenComplete((result, failure) -> {
                if (failure != null) {
                    failures.incrementAndGet();
                }
                answered.incrementAndGet();
            });
        }
        return awaitAtLeast(answered, n);
    }

    /** Waits until the counter reaches {@code target}; returns System.nanoTime() then. */
    private static long awaitAtLeast(AtomicLong counter, long target) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (counter.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + counter.get() + " of " + target + " after " + PATIENCE);
            }
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    /**
     * Waits until the store has {@code target} receipts, each matched to its submission. Asked only
     * once the bean had as many deliveries: a receipt that overtook its submission is matched by
     * the orphan sweep a little later, and a receipt the SMSC delivered twice (its answer late)
     * counts once in the store but twice at the bean.
     */
    private static long awaitAllMatched(DataSource store, long target) throws InterruptedException, SQLException {
        if (store == null) {
            return System.nanoTime();
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long matched;
        while ((matched = count(store, "SELECT COUNT(*) FROM receipt WHERE part_id IS NOT NULL")) < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + matched + " of " + target + " receipts matched after "
                        + PATIENCE);
            }
            Thread.sleep(20);
        }
        return System.nanoTime();
    }

    private static long count(DataSource store, String sql) throws SQLException {
        try (Connection c = store.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A table row; {@code baseline} (the median run without a store) null for none. */
    private static String line(Result r, Result baseline) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %,.0f | %s | %.0f | %d | %s |", r.mode(),
                r.messages(), r.submittedNanos() / 1e9, r.receiptsNanos() / 1e9, r.matchedNanos() / 1e9, r.rate(),
                baseline == null ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * r.rate() / baseline.rate()),
                r.cpuMicrosPerMessage(), r.failures(),
                r.mode().equals("none") ? "-" : String.format(Locale.ROOT, "%,d / %,d / %,d", r.storedSubmissions(),
                        r.matchedReceipts(), r.deliveredSubmissions()));
    }

    private static Result median(List<Result> runs) {
        List<Result> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Result::rate));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static int binds(String bindGroups) {
        int binds = 0;
        for (String group : bindGroups.split(",")) {
            String[] counts = group.split("/");
            for (int i = 1; i < counts.length; i++) {
                binds += Integer.parseInt(counts[i]);
            }
        }
        return binds;
    }

    private static String report(Map<String, List<Result>> results, String bindGroups, int warmup, int rounds) {
        StringBuilder b = new StringBuilder();
        int messages = results.values().stream().flatMap(List::stream).findFirst().map(Result::messages).orElse(0);
        b.append(String.format(Locale.ROOT, "Store benchmark: %,d messages measured after %,d warm-up, %d round(s),"
                + " account %s (%s, window %d), generic profile, receipts at once; %d processors, Java %s, %s%n%n",
                messages, warmup, rounds, ACCOUNT, bindGroups, WINDOW, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments()));
        String header = "| store | messages | all submits answered (s) | all receipts at the MDB (s) | all receipts"
                + " matched (s) | messages/s end to end | of no store | JVM CPU µs/message | failed submits |"
                + " stored submissions / matched receipts / delivered (incl. warm-up) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n";
        Result baseline = results.containsKey("none") && !results.get("none").isEmpty()
                ? median(results.get("none")) : null;
        b.append("Median round per mode:\n\n").append(header);
        for (List<Result> runs : results.values()) {
            if (!runs.isEmpty()) {
                Result m = median(runs);
                b.append(line(m, m.mode().equals("none") ? null : baseline)).append('\n');
            }
        }
        if (rounds > 1) {
            b.append("\nEvery round:\n\n").append(header);
            for (int i = 0; i < rounds; i++) {
                for (List<Result> runs : results.values()) {
                    if (i < runs.size()) {
                        Result r = runs.get(i);
                        b.append(line(r, r.mode().equals("none") ? null : baseline)).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }
}
