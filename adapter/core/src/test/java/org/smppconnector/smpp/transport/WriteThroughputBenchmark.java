package org.smppconnector.smpp.transport;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.PduCodec;

/**
 * Not a test: how many submit_sm per second {@link PduConnection#write} pushes through one
 * loopback connection to a peer that reads and discards, for 1, 2, 4 and 8 writer threads.
 * Appends its figures to target/transport-throughput.txt.
 *
 * <pre>
 * ./mvnw -B -o -q -pl adapter/core test-compile
 * java -cp adapter/core/target/classes:adapter/core/target/test-classes \
 *     org.smppconnector.smpp.transport.WriteThroughputBenchmark [pdus] [threads...]
 * </pre>
 */
public final class WriteThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Integer> threadCounts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            threadCounts.add(Integer.parseInt(args[i]));
        }
        if (threadCounts.isEmpty()) {
            threadCounts = List.of(1, 2, 4, 8);
        }
        StringBuilder report = new StringBuilder("# WriteThroughputBenchmark " + java.time.Instant.now() + ", "
                + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cpus, submit_sm of "
                + new PduCodec().encodedLength(pdu(0)) + " octets\n");
        run(200_000, 4); // warm-up
        for (int threads : threadCounts) {
            for (int round = 0; round < 3; round++) {
                report.append(run(total, threads)).append('\n');
            }
        }
        System.out.print(report);
        Path out = Path.of("adapter/core/target").toFile().isDirectory() ? Path.of("adapter/core/target") : Path.of("target");
        Files.writeString(out.resolve("transport-throughput.txt"), report, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static SubmitSm pdu(int sequence) {
        return TestPdus.submitSm(sequence, "Your verification code is 123456. It expires in 10 minutes.");
    }

    private static String run(int total, int threads) throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            ConnectedSocket client = Connector.plain(Duration.ofSeconds(5)).connect("127.0.0.1", server.getLocalPort());
            Socket accepted = server.accept();
            PduConnection connection = new PduConnection(client, new PduCodec(), ConnectionSettings.defaults());
            connection.start(executor, new PduListener() {
                @Override
                public void onPdu(org.smppconnector.smpp.pdu.Pdu pdu) {
                }

                @Override
                public void onDecodeError(org.smppconnector.smpp.pdu.PduDecodeException error) {
                }

                @Override
                public void onClosed(ConnectionClosedException reason) {
                }
            });
            long expectedBytes = (long) new PduCodec().encodedLength(pdu(0)) * total;
            Future<Long> discard = executor.submit(() -> {
                byte[] buffer = new byte[256 * 1024];
                long read = 0;
                try (InputStream in = accepted.getInputStream()) {
                    while (read < expectedBytes) {
                        int n = in.read(buffer);
                        if (n < 0) {
                            break;
                        }
                        read += n;
                    }
                }
                return System.nanoTime();
            });
            int perThread = total / threads;
            long start = System.nanoTime();
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * perThread;
                writers.add(executor.submit(() -> {
                    SubmitSm sm = pdu(0);
                    for (int i = 0; i < perThread; i++) {
                        sm.setSequenceNumber(first + i + 1);
                        connection.write(sm);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            long end = discard.get(60, TimeUnit.SECONDS);
            ConnectionStats stats = connection.stats();
            connection.close();
            accepted.close();
            double seconds = (end - start) / 1e9;
            return String.format("threads=%d pdus=%d time=%.3f s rate=%,.0f pdus/s %.1f MB/s socketWrites=%d (%.1f pdus per write)",
                    threads, stats.pdusOut(), seconds, stats.pdusOut() / seconds, stats.bytesOut() / seconds / 1e6,
                    stats.socketWrites(), (double) stats.pdusOut() / stats.socketWrites());
        } finally {
            executor.shutdownNow();
        }
    }
}
