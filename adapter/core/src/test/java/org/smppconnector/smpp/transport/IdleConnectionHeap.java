package org.smppconnector.smpp.transport;

import java.lang.management.ManagementFactory;
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
import java.util.concurrent.TimeUnit;

import org.smppconnector.smpp.pdu.PduCodec;

/**
 * Not a test: heap retained per idle connection, measured by opening many loopback connections
 * and comparing the heap after full GCs. Three figures per connection: the client socket alone,
 * the {@link PduConnection} on top of it (buffers, decoder, locks, reader task and the platform
 * thread object it runs on; not the thread's native stack), and the same over TLS.
 * Appends to target/transport-idle-heap.txt.
 *
 * <pre>
 * java -Xmx1g -cp adapter/core/target/classes:adapter/core/target/test-classes \
 *     org.smppconnector.smpp.transport.IdleConnectionHeap [connections]
 * </pre>
 */
public final class IdleConnectionHeap {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        StringBuilder report = new StringBuilder("# IdleConnectionHeap " + java.time.Instant.now() + ", " + Runtime.version()
                + ", " + count + " connections\n");
        report.append(measure(count, null, false)).append('\n');
        if (Runtime.version().feature() >= 21) {
            report.append(measure(count, null, true)).append('\n');
        }
        TestCertificates.ensure();
        report.append(measure(count / 4, TlsSettings.trustStore(TestCertificates.TRUST, TestCertificates.PASSWORD, "PKCS12"), false))
                .append('\n');
        System.out.print(report);
        Path out = Path.of("adapter/core/target").toFile().isDirectory() ? Path.of("adapter/core/target") : Path.of("target");
        Files.writeString(out.resolve("transport-idle-heap.txt"), report, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String measure(int count, TlsSettings tls, boolean virtualThreads) throws Exception {
        // Virtual threads (JDK 21+) by reflection: the test sources compile for release 17.
        ExecutorService readers = virtualThreads
                ? (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null)
                : Executors.newCachedThreadPool();
        ExecutorService servers = Executors.newCachedThreadPool();
        List<Socket> serverSides = new ArrayList<>();
        List<ConnectedSocket> clients = new ArrayList<>();
        List<PduConnection> connections = new ArrayList<>();
        Connector connector = tls == null ? Connector.plain(Duration.ofSeconds(10)) : Connector.tls(Duration.ofSeconds(10), tls);
        try (ServerSocket server = tls == null ? new ServerSocket()
                : TestCertificates.serverContext(TestCertificates.SERVER, null).getServerSocketFactory().createServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), count);
            long before = usedHeap();
            for (int i = 0; i < count; i++) {
                var accepting = servers.submit(() -> {
                    Socket s = server.accept();
                    if (s instanceof javax.net.ssl.SSLSocket) {
                        ((javax.net.ssl.SSLSocket) s).startHandshake();
                    }
                    return s;
                });
                clients.add(connector.connect("localhost", server.getLocalPort()));
                serverSides.add(accepting.get(10, TimeUnit.SECONDS));
            }
            long socketsOnly = usedHeap();
            RecordingListener listener = new RecordingListener();
            for (ConnectedSocket client : clients) {
                PduConnection connection = new PduConnection(client, new PduCodec(), ConnectionSettings.defaults());
                connection.start(readers, listener);
                connections.add(connection);
            }
            // Use every connection once in both directions, then let it rest.
            for (int i = 0; i < count; i++) {
                connections.get(i).write(TestPdus.submitSm(i, "wake up"));
                serverSides.get(i).getOutputStream().write(new PduCodec().encode(TestPdus.enquireLink(i)));
            }
            int wakeUpLength = new PduCodec().encodedLength(TestPdus.submitSm(0, "wake up"));
            for (int i = 0; i < count; i++) {
                listener.next();
                byte[] sink = new byte[4096];
                int read = 0;
                while (read < wakeUpLength) {
                    read += serverSides.get(i).getInputStream().read(sink);
                }
            }
            long withConnections = usedHeap();
            long buffers = 0;
            for (PduConnection connection : connections) {
                buffers += connection.retainedBufferBytes();
            }
            double socketShare = (socketsOnly - before) / (double) count;
            return String.format("%s, %s reader threads: per connection: socket pair %,.0f B (both ends, %s);"
                            + " PduConnection incl. reader task and thread %,.0f B; of which buffers %,d B (read buffer %d, output %d)",
                    tls == null ? "plain" : "TLS", virtualThreads ? "virtual" : "platform", socketShare, "client + accepted server socket",
                    (withConnections - socketsOnly) / (double) count, buffers / count,
                    ConnectionSettings.DEFAULT_READ_BUFFER_SIZE, buffers / count - ConnectionSettings.DEFAULT_READ_BUFFER_SIZE);
        } finally {
            connections.forEach(PduConnection::close);
            clients.forEach(ConnectedSocket::close);
            for (Socket s : serverSides) {
                s.close();
            }
            readers.shutdownNow();
            servers.shutdownNow();
        }
    }

    private static long usedHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100); // let the collector settle between full GCs; a measurement, not a test
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
