package org.smppconnector.simulator.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.smppconnector.simulator.cli.SimulatorCommand;
import org.smppconnector.simulator.control.Json;

/**
 * How many submit_sm per second the simulator absorbs from ONE jSMPP session with N
 * requests in flight. The simulator runs in a JVM of its own (the shaded jar, PDU and
 * message logs off, no receipts asked); this JVM is the client: N threads share one
 * SMPPSession (jSMPP's submit blocks until its response, so N threads = N in flight).
 * Two clients, one after the other, each warmed up first: jSMPP's stock session, and one
 * whose writes are group-committed like the simulator's ({@link GroupCommitConnection}).
 * Throughput, latency percentiles, CPU per submit of each JVM and the simulator's own count
 * of accepted submits are printed and written to target/simulator-benchmark.txt.
 *
 * <pre>
 * ./mvnw -B -pl it-tests/simulator -am package -DskipTests
 * java -cp it-tests/simulator/target/smsc-simulator.jar org.smppconnector.simulator.bench.SimulatorThroughputBenchmark
 *     [--messages 200000] [--warmup 50000] [--in-flight 100] [--client both|stock|grouped]
 *     [--simulator-jvm "-Xmx512m"] [--simulator-flags "--processor-threads 2"] [--out FILE]
 * </pre>
 */
public final class SimulatorThroughputBenchmark {
    private static final Pattern BANNER = Pattern.compile("smpp://[^:]+:(\\d+), control (http://\\S+)");
    private static final byte[] TEXT = "Benchmark message from one jSMPP session".getBytes(StandardCharsets.US_ASCII);

    /** The jSMPP client sessions compared. */
    enum Client {
        /** new SMPPSession(): a synchronized sender, each PDU its own write under the lock, Nagle on. */
        STOCK,
        /** An unsynchronized sender over a group-committed output, TCP_NODELAY. */
        GROUPED;

        SMPPSession session() {
            return this == STOCK ? new SMPPSession()
                    : new SMPPSession(new DefaultPDUSender(), new DefaultPDUReader(), GroupCommitConnection.factory());
        }
    }

    private final int messages;
    private final int warmup;
    private final int inFlight;
    private final List<Client> clients;
    private final List<String> simulatorJvmOptions;
    private final List<String> simulatorFlags;
    private final Path jar;
    private final Path out;

    private SimulatorThroughputBenchmark(int messages, int warmup, int inFlight, List<Client> clients,
                                         List<String> simulatorJvmOptions, List<String> simulatorFlags, Path jar,
                                         Path out) {
        this.messages = messages;
        this.warmup = warmup;
        this.inFlight = inFlight;
        this.clients = clients;
        this.simulatorJvmOptions = simulatorJvmOptions;
        this.simulatorFlags = simulatorFlags;
        this.jar = jar;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int messages = 200_000;
        int warmup = 50_000;
        int inFlight = 100;
        List<Client> clients = List.of(Client.STOCK, Client.GROUPED);
        List<String> jvm = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        Path jar = ownJar();
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--messages": messages = Integer.parseInt(value); break;
                case "--warmup": warmup = Integer.parseInt(value); break;
                case "--in-flight": inFlight = Integer.parseInt(value); break;
                case "--client":
                    clients = value.equals("both") ? clients : List.of(Client.valueOf(value.toUpperCase(Locale.ROOT)));
                    break;
                case "--simulator-jvm": jvm.addAll(Arrays.asList(value.trim().split("\\s+"))); break;
                case "--simulator-flags": flags.addAll(Arrays.asList(value.trim().split("\\s+"))); break;
                case "--jar": jar = Path.of(value); break;
                case "--out": out = Path.of(value); break;
                default: throw new IllegalArgumentException("unknown flag " + args[i]);
            }
        }
        if (out == null) {
            out = jar.toAbsolutePath().getParent().resolve("simulator-benchmark.txt");
        }
        new SimulatorThroughputBenchmark(messages, warmup, inFlight, clients, jvm, flags, jar, out).run();
    }

    private void run() throws Exception {
        quietLogging();
        Process simulator = launchSimulator();
        try {
            Matcher banner = BANNER.matcher(banner(simulator));
            if (!banner.find()) {
                throw new IllegalStateException("unexpected banner from the simulator");
            }
            int port = Integer.parseInt(banner.group(1));
            URI control = URI.create(banner.group(2) + "/");
            StringBuilder report = new StringBuilder(header());
            for (Client client : clients) {
                report.append(measure(client, port, simulator.toHandle()));
            }
            report.append(String.format(Locale.ROOT, "accepted by the simulator (its counter, warm-ups included): %d"
                    + " of %d sent%n", acceptedBySimulator(control), (long) clients.size() * (warmup + messages)));
            System.out.print(report);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
            System.out.println("written to " + out);
        } finally {
            simulator.destroy();
            if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
                simulator.destroyForcibly();
            }
        }
    }

    private String measure(Client client, int port, ProcessHandle simulator) throws Exception {
        SMPPSession session = client.session();
        session.setTransactionTimer(30_000);
        session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TX, "bench", "bench", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        try {
            Run warm = submit(session, warmup);
            System.out.printf(Locale.ROOT, "%s client, warm-up: %s%n", client, warm.summary());
            long simulatorCpu = cpuNanos(simulator);
            long clientCpu = cpuNanos(ProcessHandle.current());
            Run run = submit(session, messages);
            simulatorCpu = cpuNanos(simulator) - simulatorCpu;
            clientCpu = cpuNanos(ProcessHandle.current()) - clientCpu;
            String figures = String.format(Locale.ROOT, String.join("%n",
                    "%s client (%s):",
                    "  throughput: %.0f submit_sm/s (%d in %.2f s)",
                    "  latency, submit to submit_sm_resp: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                    "  errors: %d%s",
                    "  CPU per submit_sm: simulator %.1f us, client %.1f us",
                    ""),
                    client, client == Client.STOCK ? "new SMPPSession()" : "DefaultPDUSender + group-committed socket",
                    run.perSecond(), run.count(), run.elapsedNanos() / 1e9, run.percentileMillis(50),
                    run.percentileMillis(90), run.percentileMillis(99), run.percentileMillis(100), run.errors(),
                    run.firstError() == null ? "" : " (first: " + run.firstError() + ")",
                    simulatorCpu / 1e3 / run.count(), clientCpu / 1e3 / run.count());
            System.out.printf(Locale.ROOT, "%s client, measured: %s%n", client, run.summary());
            return figures;
        } finally {
            session.unbindAndClose();
        }
    }

    private Process launchSimulator() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(simulatorJvmOptions);
        command.addAll(List.of("-cp", jar.toString(), SimulatorCommand.class.getName(), "--profile", "generic",
                "--port", "0", "--control-port", "0", "--account", "bench:bench", "--pdu-log", "0",
                "--message-log", "0"));
        command.addAll(simulatorFlags);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** n submit_sm over inFlight threads; each records the latency of the requests it sent. */
    private Run submit(SMPPSession session, int n) throws InterruptedException {
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < inFlight; t++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try {
                        session.submitShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                                "4477000000", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                                "4915100000001", new ESMClass(), (byte) 0, (byte) 1, null, null,
                                new RegisteredDelivery(0), (byte) 0, new GeneralDataCoding(), (byte) 0, TEXT);
                        latencies[i] = System.nanoTime() - sent;
                    } catch (Exception e) {
                        latencies[i] = -1;
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }, "bench-sender-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Run(n, System.nanoTime() - start, latencies, errors.get(), firstError.get());
    }

    private String header() {
        return String.format(Locale.ROOT, String.join("%n",
                "SMSC simulator throughput, %s",
                "one jSMPP 3.0.2 client session in the benchmark's JVM, %d submit_sm in flight (one thread each);",
                "the simulator in its own JVM (the shaded jar): profile generic, PDU and message logs off,",
                "registered_delivery 0 (no receipts); %d submit_sm warm-up, then %d measured, per client;",
                "%d processors (shared with whatever else runs), Java %s",
                ""),
                Instant.now(), inFlight, warmup, messages, Runtime.getRuntime().availableProcessors(),
                Runtime.version());
    }

    private static long acceptedBySimulator(URI control) throws IOException, InterruptedException {
        HttpResponse<String> counters = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                control.resolve("/counters")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        Object accepted = ((Map<?, ?>) Json.parse(counters.body())).get("submitsAccepted");
        return ((BigDecimal) accepted).longValueExact();
    }

    /** CPU time the process used so far (user and system, all threads). */
    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** jSMPP logs every bind and close at INFO; the benchmark's output is its figures. */
    private static void quietLogging() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    private static Path ownJar() throws URISyntaxException {
        return Path.of(SimulatorThroughputBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The simulator's line (JVM options such as a flight recording may print before it). */
    private static String banner(Process process) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                String next;
                while ((next = reader.readLine()) != null && !next.startsWith("SMSC simulator")) {
                    System.out.println("simulator: " + next);
                }
                return next;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("the simulator ended before listening, exit " + process.waitFor());
        }
        return line;
    }

    /** One run's figures. */
    private record Run(int count, long elapsedNanos, long[] latencies, long errors, String firstError) {
        double perSecond() {
            return count * 1e9 / elapsedNanos;
        }

        double percentileMillis(int percentile) {
            long[] ok = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
            if (ok.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * ok.length) - 1;
            return ok[Math.min(ok.length - 1, Math.max(0, index))] / 1e6;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d submit_sm in %.2f s = %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors",
                    count, elapsedNanos / 1e9, perSecond(), percentileMillis(50), percentileMillis(99), errors);
        }
    }
}
