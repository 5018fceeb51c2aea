package org.smppconnector.benchmark.session;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The session benchmark's results as Markdown. */
final class Report {

    private static final List<String> PEERS = List.of("jsmpp", "cloudhopper");

    private final BenchmarkOptions options;
    private final String arguments;
    private final List<CellSummary> cells;
    private final List<IdleHeapResult> heaps;
    private final Map<String, String> skipped;
    private final boolean sinkLaunched;
    private final Duration took;
    private final String load;
    private final StringBuilder out = new StringBuilder();

    Report(BenchmarkOptions options, String arguments, List<CellSummary> cells, List<IdleHeapResult> heaps,
           Map<String, String> skipped, boolean sinkLaunched, Duration took,
           String load) {
        this.options = options;
        this.arguments = arguments;
        this.cells = cells;
        this.heaps = heaps;
        this.skipped = skipped;
        this.sinkLaunched = sinkLaunched;
        this.took = took;
        this.load = load;
    }

    String markdown() {
        line("# Session benchmark: submit_sm against a sink SMSC");
        line("");
        line("```");
        line("java " + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
                + " -cp it-tests/benchmarks/target/benchmarks.jar org.smppconnector.benchmark.session.SessionBenchmark "
                + arguments);
        line("```");
        line("");
        line(String.format(Locale.ROOT, "%s; %d cores; Java %s (%s); client max heap %d MB; took %d min %02d s; %s"
                + " (the figure after counts this benchmark's own threads; other work on the same cores shows up as"
                + " a wide msg/s range).",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20, took.toMinutes(), took.toSecondsPart(), load));
        line("");
        String counts = options.countWindow1() == options.count()
                ? String.format(Locale.ROOT, "%,d submit_sm per cell", options.count())
                : String.format(Locale.ROOT, "%,d submit_sm per cell (%,d at window 1)", options.count(), options.countWindow1());
        line(counts + String.format(Locale.ROOT, ", after %,d of warm-up on the same sessions; %d round(s) of the whole"
                + " matrix, libraries in alternating order, each cell showing its median round by msg/s (with that"
                + " round's latency and CPU) and the range over the rounds; the same 160-character"
                + " GSM text and addresses for every library. Sink SMSC %s. Latency: from just before the library is"
                + " asked to submit to when it hands back the submit_sm_resp. Client CPU: the whole client JVM's CPU time"
                + " (all threads, GC included) over the measured run, per message; sink CPU likewise for the sink's JVM.",
                options.warmup(), options.rounds(), sinkLaunched ? "in its own JVM on the same machine" : "given by --sink (its CPU not measured)"));
        line("");
        line("| sessions | window | library | msg/s | msg/s range | p50 µs | p99 µs | client CPU µs/msg | sink CPU µs/msg | vs faster library |");
        line("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        for (CellSummary s : cells) {
            if (!s.ok()) {
                line(String.format(Locale.ROOT, "| %d | %d | %s | failed: %s | | | | | | |", s.sessions(), s.window(),
                        s.library(), s.failure().replace('|', '/')));
                continue;
            }
            CellResult c = s.median();
            line(String.format(Locale.ROOT, "| %d | %d | %s | %,.0f | %,.0f–%,.0f%s | %s | %s | %.2f | %s | %s |", c.sessions(),
                    c.window(), c.library(), c.perSecond(), s.minPerSecond(), s.maxPerSecond(),
                    s.failures() > 0 ? " (" + s.failures() + " of " + s.rounds() + " rounds failed)" : "",
                    micros(c.p50Nanos()), micros(c.p99Nanos()), c.clientCpuMicrosPerMessage(),
                    sinkLaunched ? String.format(Locale.ROOT, "%.2f", c.sinkCpuMicrosPerMessage()) : "–",
                    versusPeers(s)));
        }
        line("");
        line("\"vs faster library\": msg/s divided by the faster of jSMPP and Cloudhopper in the same cell.");
        line("jSMPP: W sending threads per session (its submit blocks), " + options.jsmppProcessors()
                + " PDU processor thread(s) per session. Cloudhopper: window W, asynchronous sendRequestPdu from "
                + options.cloudhopperSenders() + " sending thread(s) per session (at most W). raw: our codec on a"
                + " plain socket, one writer pipelining up to W and one reader per session, no session engine.");
        if (!skipped.isEmpty()) {
            line("");
            skipped.forEach((library, why) -> line("- **" + library + "** not measured: " + why));
        }
        if (!heaps.isEmpty()) {
            line("");
            line(String.format(Locale.ROOT, "## Heap per extra idle bound session (1 vs %d sessions, window %d)",
                    1 + options.idleSessions(), options.idleWindow()));
            line("");
            line("Used heap after full GCs with 1 bound idle session and with " + (1 + options.idleSessions())
                    + ", difference divided by " + options.idleSessions()
                    + ". Thread stacks are native memory, not heap: the threads column shows that cost apart.");
            line("");
            line("| library | heap per extra session | threads per extra session | heap, 1 session | heap, "
                    + (1 + options.idleSessions()) + " sessions |");
            line("|---|---:|---:|---:|---:|");
            for (IdleHeapResult h : heaps) {
                if (h.failure() != null) {
                    line("| " + h.library() + " | failed: " + h.failure().replace('|', '/') + " | | | |");
                } else {
                    line(String.format(Locale.ROOT, "| %s | %.1f KB | %.1f | %.1f MB | %.1f MB |", h.library(),
                            h.bytesPerExtraSession() / 1024, h.threadsPerExtraSession(), h.heapOne() / 1048576.0,
                            h.heapMany() / 1048576.0));
                }
            }
        }
        goals();
        return out.toString();
    }

    /** The goals, judged for ours when it was measured. */
    private void goals() {
        line("");
        line("## Goals (issue 4), for ours");
        line("");
        List<CellSummary> ours = cells.stream().filter(c -> c.library().equals("ours") && c.ok()).toList();
        if (ours.isEmpty()) {
            line("Not judged: ours was not measured" + (skipped.containsKey("ours") ? " (" + skipped.get("ours") + ")." : "."));
            return;
        }
        for (CellSummary c : ours) {
            if (c.window() >= 10) {
                OptionalDouble peer = fasterPeer(c);
                line(String.format(Locale.ROOT, "- %d session(s), window %d: at least 2x the faster library: %s", c.sessions(),
                        c.window(), peer.isEmpty() ? "no peer measured"
                                : String.format(Locale.ROOT, "%.2fx, %s", c.perSecond() / peer.getAsDouble(),
                                        c.perSecond() >= 2 * peer.getAsDouble() ? "met" : "NOT met")));
            }
            if (c.sessions() == 1 && c.window() == 100) {
                long p99 = c.median().p99Nanos();
                line(String.format(Locale.ROOT, "- 1 session, window 100: p99 under 1 ms: %s µs, %s", micros(p99),
                        p99 < 1_000_000 ? "met" : "NOT met"));
            }
        }
        heaps.stream().filter(h -> h.library().equals("ours") && h.failure() == null).forEach(h ->
                line(String.format(Locale.ROOT, "- at most 8 KB of heap per extra idle bound session: %.1f KB, %s",
                        h.bytesPerExtraSession() / 1024, h.bytesPerExtraSession() <= 8192 ? "met" : "NOT met")));
    }

    private String versusPeers(CellSummary c) {
        if (PEERS.contains(c.library())) {
            return "";
        }
        OptionalDouble peer = fasterPeer(c);
        return peer.isEmpty() ? "" : String.format(Locale.ROOT, "%.2fx", c.perSecond() / peer.getAsDouble());
    }

    private OptionalDouble fasterPeer(CellSummary c) {
        return cells.stream()
                .filter(p -> p.ok() && PEERS.contains(p.library()) && p.sessions() == c.sessions() && p.window() == c.window())
                .mapToDouble(CellSummary::perSecond).max();
    }

    private static String micros(long nanos) {
        double us = nanos / 1e3;
        return us < 100 ? String.format(Locale.ROOT, "%.1f", us) : String.format(Locale.ROOT, "%,.0f", us);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
