package org.smppconnector.benchmark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 100,000 messages and their receipts through our engine and the simulator, end to end:
 * without the store, with it on H2 (a file, as by default) and with it on PostgreSQL (Debian's,
 * started for the run). Reports each variant's median rate and its share of the store-less rate
 * (the goal: at least 70%). See it-tests/benchmarks/README.md for the command.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StoreBenchmarkOptions options;
        try {
            options = StoreBenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Logger.getLogger("").setLevel(Level.WARNING);
        Files.createDirectories(options.workDir());
        PipelineRun pipeline = new PipelineRun(options);
        Map<StoreVariant, List<PipelineRun.Result>> results = new EnumMap<>(StoreVariant.class);
        for (int round = 1; round <= options.rounds(); round++) {
            for (StoreVariant variant : options.variants()) {
                PipelineRun.Result result = pipeline.run(variant);
                results.computeIfAbsent(variant, v -> new ArrayList<>()).add(result);
                System.out.printf(Locale.ROOT, "round %d %-10s %,9.0f msg/s  %6.0f us CPU/msg  (%.1f s; matched %d, unmatched at once %d,"
                                + " duplicates %d, stored DELIVERED %d, %.1f receipts per transaction, %d recorder"
                                + " transactions)%n", round, variant, result.rate(), result.cpuMicrosPerMessage(), result.seconds(),
                        result.matchedAtOnce(), result.unmatchedAtOnce(), result.duplicates(), result.storedDelivered(),
                        result.receiptsPerTransaction(), result.recorderTransactions());
            }
        }
        String report = report(options, results);
        System.out.print(report);
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        Files.writeString(options.output(), report);
    }

    private static String report(StoreBenchmarkOptions options, Map<StoreVariant, List<PipelineRun.Result>> results)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Store benchmark: %,d messages and receipts, %d round(s)%n%n",
                options.messages(), options.rounds()));
        out.append(String.format(Locale.ROOT, "%d transceivers, window %d, %d senders, %d receipt handlers, simulator"
                        + " delivery window %d, recorder batch %d, PostgreSQL %s, %d cores, Java %s%n%n",
                options.binds(), options.window(), options.senders(), options.handlers(), options.deliveryWindow(),
                options.batchSize(), options.pgLabel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        out.append("| store | median msg/s | rounds (msg/s) | share of no store | CPU per message | CPU share of no store"
                + " | receipts per transaction | stored DELIVERED |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Double baseline = results.containsKey(StoreVariant.NONE) ? median(results.get(StoreVariant.NONE)).rate() : null;
        Double baselineCpu = results.containsKey(StoreVariant.NONE)
                ? medianCpu(results.get(StoreVariant.NONE)) : null;
        for (Map.Entry<StoreVariant, List<PipelineRun.Result>> e : results.entrySet()) {
            PipelineRun.Result median = median(e.getValue());
            StringBuilder rounds = new StringBuilder();
            for (PipelineRun.Result r : e.getValue()) {
                rounds.append(rounds.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%,.0f", r.rate()));
            }
            double cpu = medianCpu(e.getValue());
            out.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %.0f µs | %s | %s | %s |%n",
                    e.getKey().name().toLowerCase(Locale.ROOT), median.rate(), rounds,
                    baseline == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * median.rate() / baseline),
                    cpu,
                    baselineCpu == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * baselineCpu / cpu),
                    e.getKey() == StoreVariant.NONE ? "-" : String.format(Locale.ROOT, "%.1f", median.receiptsPerTransaction()),
                    e.getKey() == StoreVariant.NONE ? "-" : Long.toString(median.storedDelivered())));
        }
        return out.toString();
    }

    private static double medianCpu(List<PipelineRun.Result> runs) {
        double[] cpu = runs.stream().mapToDouble(PipelineRun.Result::cpuMicrosPerMessage).sorted().toArray();
        return cpu[cpu.length / 2];
    }

    private static PipelineRun.Result median(List<PipelineRun.Result> runs) {
        List<PipelineRun.Result> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(PipelineRun.Result::rate));
        return sorted.get(sorted.size() / 2);
    }
}
