package org.smppconnector.benchmark.session;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.HdrHistogram.Histogram;
import org.smppconnector.benchmark.session.driver.CloudhopperDriver;
import org.smppconnector.benchmark.session.driver.JsmppDriver;
import org.smppconnector.benchmark.session.driver.LatencyRecorder;
import org.smppconnector.benchmark.session.driver.LoadDriver;
import org.smppconnector.benchmark.session.driver.LoadRun;
import org.smppconnector.benchmark.session.driver.RawPipelinedDriver;
import org.smppconnector.benchmark.session.ours.OursDriver;
import org.smppconnector.benchmark.session.ours.OursSubmitClient;
import org.smppconnector.benchmark.session.ours.SubmitClient;

/**
 * The session benchmark (issue 4): launches the sink SMSC in its own JVM, then for each number
 * of sessions, window and library binds, warms up, sends the measured submit_sm and unbinds;
 * then measures the heap of extra idle bound sessions per library. Writes a Markdown report to
 * stdout and to a file.
 *
 * <pre>
 * ./mvnw -B -pl it-tests/benchmarks -am package -DskipTests
 * java -Xms1g -Xmx1g -cp it-tests/benchmarks/target/benchmarks.jar \
 *      org.smppconnector.benchmark.session.SessionBenchmark [options]
 * </pre>
 * See {@link BenchmarkOptions#USAGE} for the options.
 */
public final class SessionBenchmark {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    /** Keeps the JUL root logger (and so its level) from being collected. */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");

    private final BenchmarkOptions options;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<String, String> skipped = new LinkedHashMap<>();

    private SessionBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (BenchmarkOptions.HelpRequested e) {
            System.out.print(e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        quietLogging();
        new SessionBenchmark(options).run(String.join(" ", args));
    }

    /** Both peers log through slf4j to JUL: WARNING keeps every per-PDU message unwritten. */
    private static void quietLogging() {
        ROOT_LOGGER.setLevel(Level.WARNING);
        for (Handler handler : ROOT_LOGGER.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    private void run(String arguments) throws Exception {
        long began = System.nanoTime();
        double loadBefore = os.getSystemLoadAverage();
        SinkProcess launched = options.sink() == null ? SinkProcess.launch(options.sinkHeap()) : null;
        InetSocketAddress smsc = launched != null ? launched.address() : parseAddress(options.sink());
        Map<String, List<CellResult>> byCell = new LinkedHashMap<>();
        List<IdleHeapResult> heaps = new ArrayList<>();
        try {
            progress("sink SMSC at " + smsc + (launched != null ? " (own JVM)" : " (given)"));
            for (int round = 1; round <= options.rounds(); round++) {
                progress("round " + round + " of " + options.rounds());
                // Alternate the libraries' order so that load from elsewhere falls on each alike.
                List<String> libs = new ArrayList<>(options.libs());
                if (round % 2 == 0) {
                    java.util.Collections.reverse(libs);
                }
                for (int sessions : options.sessions()) {
                    for (int window : options.windows()) {
                        for (String library : libs) {
                            if (!skipped.containsKey(library)) {
                                CellResult cell = measureCell(library, smsc, launched, sessions, window);
                                if (cell != null) {
                                    byCell.computeIfAbsent(library + "/" + sessions + "/" + window, k -> new ArrayList<>())
                                            .add(cell);
                                }
                            }
                        }
                    }
                }
            }
            if (options.idleSessions() > 0) {
                for (String library : options.libs()) {
                    if (!skipped.containsKey(library)) {
                        heaps.add(measureIdleHeap(library, smsc));
                    }
                }
            }
        } finally {
            if (launched != null) {
                launched.close();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        List<CellSummary> cells = new ArrayList<>();
        for (int sessions : options.sessions()) {
            for (int window : options.windows()) {
                for (String library : options.libs()) {
                    List<CellResult> results = byCell.get(library + "/" + sessions + "/" + window);
                    if (results != null) {
                        cells.add(CellSummary.of(results));
                    }
                }
            }
        }
        String load = String.format(Locale.ROOT, "system load average %.1f before, %.1f after", loadBefore,
                os.getSystemLoadAverage());
        String report = new Report(options, arguments, cells, heaps, skipped, launched != null, took, load).markdown();
        System.out.print(report);
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        Files.writeString(options.output(), report, StandardCharsets.UTF_8);
        progress("report written to " + options.output());
    }

    private LoadDriver newDriver(String library) {
        return switch (library) {
            case "jsmpp" -> new JsmppDriver(options.jsmppProcessors());
            case "cloudhopper" -> new CloudhopperDriver(options.cloudhopperSenders());
            case "raw" -> new RawPipelinedDriver();
            case "ours" -> new OursDriver(SessionBenchmark::oursClient, options.oursSenders());
            default -> throw new IllegalArgumentException("unknown library " + library);
        };
    }

    /**
     * Our engine's client: {@link OursSubmitClient}, or the {@link SubmitClient} class named by
     * the system property {@code bench.ours-client} (to try another wiring without rebuilding).
     */
    private static SubmitClient oursClient() {
        String name = System.getProperty("bench.ours-client");
        if (name == null) {
            return new OursSubmitClient();
        }
        try {
            return (SubmitClient) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("bench.ours-client=" + name + " is not a SubmitClient with a public no-arg constructor", e);
        }
    }

    /** One cell: bind, warm up, measure, unbind. Null when the library is not available. */
    private CellResult measureCell(String library, InetSocketAddress smsc, SinkProcess sink, int sessions, int window) {
        long count = options.countFor(window);
        LoadDriver driver = newDriver(library);
        try {
            try {
                driver.open(smsc, sessions, window);
            } catch (UnsupportedOperationException e) {
                skipped.put(library, e.getMessage());
                progress(library + ": skipped (" + e.getMessage() + ")");
                return null;
            }
            if (options.warmup() > 0) {
                LoadRun warmup = driver.prepare(options.warmup(), new LatencyRecorder());
                warmup.start();
                warmup.await(RUN_TIMEOUT);
            }
            LatencyRecorder latencies = new LatencyRecorder();
            LoadRun run = driver.prepare(count, latencies);
            System.gc(); // start each measurement with a clean heap, whatever came before
            long cpu0 = os.getProcessCpuTime();
            Duration sinkCpu0 = sink != null ? sink.cpu() : Duration.ZERO;
            long t0 = System.nanoTime();
            run.start();
            run.await(RUN_TIMEOUT);
            long t1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            Duration sinkCpu1 = sink != null ? sink.cpu() : Duration.ZERO;
            Histogram h = latencies.merged();
            if (h.getTotalCount() != count) {
                throw new IllegalStateException(h.getTotalCount() + " latencies recorded for " + count + " messages");
            }
            CellResult cell = new CellResult(library, sessions, window, count, (t1 - t0) / 1e9,
                    h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue(), cpu1 - cpu0,
                    sinkCpu1.minus(sinkCpu0).toNanos(), null);
            progress(String.format(Locale.ROOT, "%-11s sessions %d window %3d: %,9.0f msg/s  p50 %,8.1f us  p99 %,8.1f us"
                    + "  cpu %.2f us/msg", library, sessions, window, cell.perSecond(), cell.p50Nanos() / 1e3,
                    cell.p99Nanos() / 1e3, cell.clientCpuMicrosPerMessage()));
            return cell;
        } catch (Exception e) {
            progress(library + " sessions " + sessions + " window " + window + ": FAILED " + e);
            return CellResult.failed(library, sessions, window, count, String.valueOf(e));
        } finally {
            driver.close();
        }
    }

    /** Heap and threads with 1 and with 1 + extra bound idle sessions, each after full GCs. */
    private IdleHeapResult measureIdleHeap(String library, InetSocketAddress smsc) {
        int extra = options.idleSessions();
        int window = options.idleWindow();
        try {
            long[] one = idle(library, smsc, 1, window);
            long[] many = idle(library, smsc, 1 + extra, window);
            IdleHeapResult result = new IdleHeapResult(library, extra, window, one[0], many[0], (int) one[1],
                    (int) many[1], null);
            progress(String.format(Locale.ROOT, "%-11s idle: %,.0f bytes and %.1f threads per extra bound session",
                    library, result.bytesPerExtraSession(), result.threadsPerExtraSession()));
            return result;
        } catch (Exception e) {
            progress(library + " idle heap: FAILED " + e);
            return new IdleHeapResult(library, extra, window, 0, 0, 0, 0, String.valueOf(e));
        }
    }

    /** {used heap after GC, live threads} with {@code sessions} bound idle sessions. */
    private long[] idle(String library, InetSocketAddress smsc, int sessions, int window) throws Exception {
        LoadDriver driver = newDriver(library);
        try {
            driver.open(smsc, sessions, window);
            Thread.sleep(500); // let the binds' last responses be handled and their threads go idle
            long used = usedHeapAfterGc();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] result = {used, threads.getThreadCount()};
            Reference.reachabilityFence(driver);
            return result;
        } finally {
            driver.close();
        }
    }

    /** Used heap after full GCs, repeated until it stops shrinking by more than 16 KB. */
    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 8; i++) {
            System.gc();
            Thread.sleep(100);
            used = memory.getHeapMemoryUsage().getUsed();
            if (previous - used < 16 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    private static InetSocketAddress parseAddress(String hostPort) throws Exception {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--sink must be HOST:PORT: " + hostPort);
        }
        return new InetSocketAddress(InetAddress.getByName(hostPort.substring(0, colon)),
                Integer.parseInt(hostPort.substring(colon + 1)));
    }

    private static void progress(String line) {
        System.err.println("[bench] " + line);
    }
}
