package org.smppconnector.it.micro.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;

/**
 * End to end, not a test: messages per second from the sample's EJB through the resource
 * adapter to the simulator, and receipts per second from the simulator through the adapter into
 * the sample's MDB. Starts the simulator (profile generic, logs off, receipts after its default
 * delay) in this JVM and Payara Micro with the RAR and the sample WAR in its own, sends a
 * warm-up batch, then the measured one through POST /sample/batches (SmsService.sendBatch:
 * submitAsync with a bounded number in flight), and polls GET /sample/stats until every receipt
 * has been recorded. Writes its figures to target/end-to-end-benchmark.txt.
 *
 * <p>Run with {@code ./mvnw -B -pl it-tests/payara-micro -am verify -DskipTests -Pbenchmark};
 * system properties {@code bench.messages} (100000), {@code bench.warmup} (20000),
 * {@code bench.inFlight} (1000), {@code bench.bindGroups} (default/2/2/0),
 * {@code bench.windowSize} (50), {@code bench.rounds} (3).
 */
public final class EndToEndBenchmark {

    private static final String ACCOUNT = "bench";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int messages = Integer.getInteger("bench.messages", 100_000);
    private final int warmup = Integer.getInteger("bench.warmup", 20_000);
    private final int inFlight = Integer.getInteger("bench.inFlight", 1_000);
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final String bindGroups = System.getProperty("bench.bindGroups", "default/2/2/0");
    private final int windowSize = Integer.getInteger("bench.windowSize", 50);
    private final Path target = Path.of(System.getProperty("bench.target", "target"));
    private final Path deploy = Path.of(System.getProperty("it.deploy.dir", "target/deploy"));

    private URI sample;

    public static void main(String[] args) throws Exception {
        new EndToEndBenchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(target.resolve("bench-tmp"));
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account(ACCOUNT, "secret")
                .pduLogCapacity(0).messageLogCapacity(0).build().start()) {
            int httpPort = freePort();
            sample = URI.create("http://127.0.0.1:" + httpPort + "/sample/");
            Process payara = startPayara(smsc.port(), httpPort);
            try {
                awaitSample(payara);
                smsc.awaitBound(ACCOUNT, Duration.ofSeconds(60));
                List<String> lines = new ArrayList<>();
                lines.add("End-to-end benchmark, " + Instant.now());
                lines.add(String.format(Locale.ROOT, "messages %d per round, %d rounds, warm-up %d, in flight %d,"
                        + " bindGroups %s, windowSize %d, JVM %s, %d cores", messages, rounds, warmup, inFlight,
                        bindGroups, windowSize, System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors()));
                round("warm-up", warmup);
                for (int i = 1; i <= rounds; i++) {
                    lines.add(round("round " + i, messages));
                }
                lines.add("simulator: " + smsc.count(Counter.SUBMITS_ACCEPTED) + " submits accepted, "
                        + smsc.count(Counter.SUBMITS_REFUSED) + " refused, " + smsc.count(Counter.THROTTLED)
                        + " throttled, " + smsc.count(Counter.RECEIPTS_ACKNOWLEDGED) + " receipts acknowledged, "
                        + smsc.count(Counter.DELIVERIES_NACKED) + " refused by the adapter");
                lines.forEach(System.out::println);
                Path out = target.resolve("end-to-end-benchmark.txt");
                Files.write(out, lines, StandardCharsets.UTF_8);
                System.out.println("written to " + out);
            } finally {
                payara.destroy();
                payara.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Sends a batch while a second thread samples the receipt count, then waits for every
     * receipt; returns the round's line. The receipt rate is taken from the first receipt of the
     * round to the last, so that it measures the receiving side, not the wait for the first.
     */
    private String round(String name, int count) throws Exception {
        long receiptsBefore = stats().getJsonNumber("receiptsDelivered").longValue();
        ReceiptSampler sampler = new ReceiptSampler(receiptsBefore);
        Thread sampling = new Thread(sampler, "receipt-sampler");
        long start = System.nanoTime();
        sampling.start();
        JsonObject batch = post("batches", Json.createObjectBuilder().add("account", ACCOUNT)
                .add("to", "+4512345678").add("text", "Benchmark message").add("receipt", true)
                .add("count", count).add("inFlight", inFlight).build().toString());
        long submitted = System.nanoTime();
        long failed = batch.getJsonNumber("failed").longValue();
        long expected = count - failed;
        sampler.awaitAtLeast(expected, TimeUnit.MINUTES.toNanos(5));
        sampling.interrupt();
        sampling.join();
        double submitSeconds = (submitted - start) / 1e9;
        double receiptSeconds = (sampler.lastChangeAt - sampler.firstReceiptAt) / 1e9;
        String line = String.format(Locale.ROOT, "%s: %d submits in %.2f s = %.0f/s (the EJB's own timing %.0f/s,"
                        + " %d failed%s); %d receipts into the MDB, first to last %.2f s = %.0f/s (best second %d);"
                        + " the last receipt %.2f s after the last submit",
                name, count, submitSeconds, count / submitSeconds, batch.getJsonNumber("messagesPerSecond").doubleValue(),
                failed, batch.containsKey("firstFailure") ? " (" + batch.getString("firstFailure") + ")" : "",
                sampler.received, receiptSeconds, sampler.received / receiptSeconds, sampler.bestSecond,
                (sampler.lastChangeAt - submitted) / 1e9);
        System.out.println(line);
        return line;
    }

    /** Polls the sample's receipt count every 10 ms: when the first came, when the last, the best second. */
    private final class ReceiptSampler implements Runnable {
        private final long before;
        private volatile long received;
        private volatile long firstReceiptAt;
        private volatile long lastChangeAt;
        private volatile long bestSecond;

        ReceiptSampler(long before) {
            this.before = before;
        }

        @Override
        public void run() {
            long windowStart = System.nanoTime();
            long windowCount = 0;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    long now = stats().getJsonNumber("receiptsDelivered").longValue() - before;
                    long at = System.nanoTime();
                    if (now > received) {
                        if (received == 0) {
                            firstReceiptAt = at;
                        }
                        received = now;
                        lastChangeAt = at;
                    }
                    if (at - windowStart >= 1_000_000_000L) {
                        bestSecond = Math.max(bestSecond, (now - windowCount) * 1_000_000_000L / (at - windowStart));
                        windowStart = at;
                        windowCount = now;
                    }
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new IllegalStateException("reading the sample's stats failed", e);
            }
        }

        void awaitAtLeast(long expected, long timeoutNanos) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutNanos;
            while (received < expected && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }

    private Process startPayara(int smscPort, int httpPort) throws IOException {
        Path root = target.resolve("bench-root");
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Path postboot = target.resolve("bench-postboot.txt");
        Files.writeString(postboot, String.join("\n",
                "deploy --type rar --name smpp-connector " + deploy.resolve("smpp-connector.rar").toAbsolutePath(),
                "create-connector-connection-pool --raname smpp-connector --ping true"
                        + " --connectiondefinition org.smppconnector.api.SmppConnectionFactory --property account="
                        + ACCOUNT + ":hosts=127.0.0.1\\:" + smscPort + ":password=secret:bindGroups=" + bindGroups
                        + ":windowSize=" + windowSize + " smpp-bench",
                "create-connector-resource --poolname smpp-bench jca/smpp", ""));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Djava.io.tmpdir=" + target.resolve("bench-tmp").toAbsolutePath(),
                "-jar", deploy.resolve("payara-micro.jar").toAbsolutePath().toString(), "--nocluster",
                "--port", String.valueOf(httpPort), "--rootdir", root.toAbsolutePath().toString(),
                "--postbootcommandfile", postboot.toAbsolutePath().toString(),
                "--deploy", deploy.resolve("smpp-sample.war").toAbsolutePath().toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(target.resolve("bench-payara.log").toFile()).start();
    }

    private void awaitSample(Process payara) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + target.resolve("bench-payara.log"));
            }
            try {
                stats();
                return;
            } catch (IOException | IllegalStateException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the sample did not answer within 2 minutes");
    }

    private JsonObject stats() throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(sample.resolve("stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("stats answered " + answer.statusCode());
        }
        return json(answer.body());
    }

    private JsonObject post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(sample.resolve(path))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json(answer.body());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
