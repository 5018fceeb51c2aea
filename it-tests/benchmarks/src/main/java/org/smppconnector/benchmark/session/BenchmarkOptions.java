package org.smppconnector.benchmark.session;

import org.smppconnector.benchmark.CommandLineOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The session benchmark's options, from {@code --name value} (or {@code --name=value})
 * arguments; any option can also be given as a system property {@code -Dbench.name=value}, which
 * the argument overrides.
 */
record BenchmarkOptions(List<String> libs, List<Integer> sessions, List<Integer> windows, long count,
                        long countWindow1, long warmup, int rounds, int idleSessions, int idleWindow,
                        int jsmppProcessors, int cloudhopperSenders, int oursSenders,
                        String sink, String sinkHeap, Path output) {

    static final List<String> ALL_LIBS = List.of("ours", "jsmpp", "cloudhopper", "raw");

    static final String USAGE = """
            Options (defaults in brackets):
              --libs LIST              libraries, of ours,jsmpp,cloudhopper,raw [all four]
              --sessions LIST          numbers of sessions [1,4]
              --windows LIST           windows (requests in flight per session) [1,10,100]
              --count N                submit_sm measured per cell [200000]
              --count-window1 N        submit_sm measured per cell of window 1, where every library is slow [50000]
              --warmup N               submit_sm sent before each cell's measurement [20000]
              --rounds N               times the whole matrix is run; each cell reports its median round [3]
              --idle-sessions N        extra idle sessions for the heap measurement; 0 skips it [100]
              --idle-window N          window of those idle sessions [100]
              --jsmpp-processors N     jSMPP PDU processor threads per session [3, jSMPP's default]
              --cloudhopper-senders N  Cloudhopper sending threads per session, at most the window [8]
              --ours-senders N         sending threads for ours, in all [2]
              --sink HOST:PORT         use a running sink SMSC instead of launching one
              --sink-heap SIZE         heap of the launched sink JVM [256m]
              --output FILE            Markdown report [it-tests/benchmarks/target/session-benchmark.md]
            """;

    private static final List<String> NAMES = List.of("libs", "sessions", "windows", "count", "count-window1", "warmup", "rounds",
            "idle-sessions", "idle-window", "jsmpp-processors", "cloudhopper-senders", "ours-senders", "sink", "sink-heap",
            "output");

    static BenchmarkOptions parse(String[] args) {
        java.util.Map<String, String> values = CommandLineOptions.read(args, NAMES, USAGE, () -> new HelpRequested(USAGE));
        List<String> libs = list(values.getOrDefault("libs", String.join(",", ALL_LIBS)));
        for (String lib : libs) {
            if (!ALL_LIBS.contains(lib)) {
                throw new IllegalArgumentException("unknown library '" + lib + "': expected one of " + ALL_LIBS);
            }
        }
        long count = positiveLong(values, "count", 200_000);
        return new BenchmarkOptions(libs,
                ints(values.getOrDefault("sessions", "1,4"), "sessions"),
                ints(values.getOrDefault("windows", "1,10,100"), "windows"),
                count,
                positiveLong(values, "count-window1", Math.min(count, 50_000)),
                nonNegativeLong(values, "warmup", 20_000),
                (int) positiveLong(values, "rounds", 3),
                (int) nonNegativeLong(values, "idle-sessions", 100),
                (int) positiveLong(values, "idle-window", 100),
                (int) positiveLong(values, "jsmpp-processors", 3),
                (int) positiveLong(values, "cloudhopper-senders", 8),
                (int) positiveLong(values, "ours-senders", 2),
                values.get("sink"),
                values.getOrDefault("sink-heap", "256m"),
                Path.of(values.getOrDefault("output", defaultOutput())));
    }

    /** Thrown for {@code --help}: the caller prints the usage and exits successfully. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested(String usage) {
            super(usage, null, false, false);
        }
    }

    private static String defaultOutput() {
        return Files.isDirectory(Path.of("it-tests", "benchmarks"))
                ? "it-tests/benchmarks/target/session-benchmark.md" : "target/session-benchmark.md";
    }

    long countFor(int window) {
        return window == 1 ? countWindow1 : count;
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim().toLowerCase(Locale.ROOT));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty list: '" + value + "'");
        }
        return out;
    }

    private static List<Integer> ints(String value, String name) {
        try {
            List<Integer> out = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
            if (out.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("--" + name + " must be positive: " + value);
            }
            return out;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a list of numbers: " + value, e);
        }
    }

    private static long positiveLong(java.util.Map<String, String> values, String name, long fallback) {
        long n = nonNegativeLong(values, name, fallback);
        if (n < 1) {
            throw new IllegalArgumentException("--" + name + " must be positive: " + n);
        }
        return n;
    }

    private static long nonNegativeLong(java.util.Map<String, String> values, String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < 0) {
                throw new IllegalArgumentException("--" + name + " must not be negative: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number: " + value, e);
        }
    }
}
