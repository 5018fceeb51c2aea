package org.smppconnector.smpp.session;

import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.smppconnector.smpp.session.time.ExecutorScheduler;
import org.smppconnector.smpp.transport.Connector;

/**
 * Not a test: the heap one idle bound session costs, beyond a bare connected socket, by its
 * own command. Both phases talk to the same in-process loopback SMSC, so its side cancels out.
 * <pre>
 *   ./mvnw -B -o -q -pl adapter/core test-compile
 *   java -Xmx512m -cp adapter/core/target/classes:adapter/core/target/test-classes:$(ls ~/.m2/repository/org/junit/jupiter/junit-jupiter-api/*&#47;*.jar | head -1):$(ls ~/.m2/repository/org/opentest4j/opentest4j/*&#47;*.jar | head -1) \
 *       org.smppconnector.smpp.session.SessionFootprint [sessions]
 * </pre>
 * Writes adapter/core/target/session-footprint.txt.
 */
public final class SessionFootprint {

    private SessionFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "footprint", 256 * 1024);
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (LoopbackSmsc smsc = new LoopbackSmsc()) {
            long base = usedHeap();
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sockets.add(new Socket(smsc.host(), smsc.port()));
            }
            awaitOpen(smsc, n);
            long withSockets = usedHeap();
            for (Socket s : sockets) {
                s.close();
            }
            sockets.clear();
            awaitOpen(smsc, 0);
            long cleared = usedHeap();

            List<SmppSession> sessions = new ArrayList<>();
            SessionSettings settings = SessionSettings.of("user", "pw")
                    .withKeepalive(KeepaliveSettings.every(Duration.ofSeconds(60)));
            RetryTable retries = new RetryTable(RetryTable.defaultRules());
            ExecutorScheduler scheduler = new ExecutorScheduler(timer);
            Connector connector = Connector.plain(Duration.ofSeconds(10));
            for (int i = 0; i < n; i++) {
                SmppSession session = new SmppSession(settings, executor, scheduler, retries, InboundHandler.REFUSE,
                        SmppSession.Listener.NONE);
                session.bind(connector, smsc.host(), smsc.port());
                sessions.add(session);
            }
            long withSessions = usedHeap();
            double socketBytes = (withSockets - base) / (double) n;
            double sessionBytes = (withSessions - cleared) / (double) n;
            String report = String.format("sessions: %d%n"
                            + "heap per bare connected socket (client + loopback SMSC side): %.0f bytes%n"
                            + "heap per idle bound SmppSession (client + loopback SMSC side): %.0f bytes%n",
                    n, socketBytes, sessionBytes);
            // No "engine's share" by subtraction: a bare java.net.Socket and the connector's
            // channel-backed socket (with its reader thread) differ in what the JDK keeps for
            // them, so the difference of the two figures is not the engine's cost.
            System.out.print(report);
            Path out = Path.of("adapter/core/target/session-footprint.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            for (SmppSession s : sessions) {
                s.abort(SmppSession.CloseCause.LOCAL);
            }
        } finally {
            executor.shutdownNow();
            timer.shutdownNow();
        }
    }

    private static void awaitOpen(LoopbackSmsc smsc, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (smsc.openConnections() != count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
