package org.smppconnector.benchmark.store;

import org.smppconnector.benchmark.CommandLineOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smppconnector.store.testing.PostgresServer;

/** The store benchmark's options: {@code --name value}, or {@code -Dbench.name=value}. */
record StoreBenchmarkOptions(List<StoreVariant> variants, int messages, int warmup, int rounds, int binds, int window,
                             int senders, int handlers, int deliveryWindow, List<String> pgSettings, String pgLabel,
                             int batchSize, Path workDir, Path output) {

    static final String USAGE = """
            Options (defaults in brackets):
              --variants LIST        of none,h2,postgresql [all three]
              --messages N           messages measured per run, each with its receipt [100000]
              --warmup N             messages sent (and receipted) before measuring [10000]
              --rounds N             the variants run this many times, alternating; the median is reported [3]
              --binds N              transceivers of the account [4]
              --window N             requests in flight per bind [50]
              --senders N            threads submitting, each waits for its submit_sm_resp [32]
              --handlers N           threads handling receipts (the container's WorkManager) [16]
              --delivery-window N    deliver_sm the simulator leaves unacknowledged per session [10]
              --pg durable|fast      PostgreSQL as Debian configures it, or with fsync off [durable]
              --batch N              submissions per transaction of the recorder [500]
              --output FILE          Markdown report [it-tests/benchmarks/target/store-benchmark.md]
            """;

    private static final List<String> NAMES = List.of("variants", "messages", "warmup", "rounds", "binds", "window",
            "senders", "handlers", "delivery-window", "pg", "batch", "output");

    static StoreBenchmarkOptions parse(String[] args) {
        Map<String, String> values = CommandLineOptions.read(args, NAMES, USAGE, () -> new IllegalArgumentException(USAGE));
        List<StoreVariant> variants = new ArrayList<>();
        for (String v : values.getOrDefault("variants", "none,h2,postgresql").split(",")) {
            variants.add(StoreVariant.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        }
        String pg = values.getOrDefault("pg", "durable");
        List<String> pgSettings = switch (pg) {
            case "durable" -> PostgresServer.DURABLE;
            case "fast" -> PostgresServer.FAST;
            default -> throw new IllegalArgumentException("--pg is durable or fast, not " + pg);
        };
        Path target = Path.of("it-tests", "benchmarks", "target");
        return new StoreBenchmarkOptions(variants, number(values, "messages", 100_000), number(values, "warmup", 10_000),
                number(values, "rounds", 3), number(values, "binds", 4), number(values, "window", 50),
                number(values, "senders", 32), number(values, "handlers", 16), number(values, "delivery-window", 10),
                pgSettings, pg, number(values, "batch", 500), target.resolve("store-benchmark"),
                Path.of(values.getOrDefault("output", target.resolve("store-benchmark.md").toString())));
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not " + value);
        }
    }
}
