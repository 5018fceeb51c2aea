package org.smppconnector.smpp.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.smppconnector.smpp.pdu.BaseBindResp;
import org.smppconnector.smpp.pdu.BaseSmResp;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;
import org.smppconnector.smpp.pdu.PduRequest;
import org.smppconnector.smpp.pdu.PduResponse;
import org.smppconnector.smpp.transport.ConnectedSocket;
import org.smppconnector.smpp.transport.ConnectionClosedException;
import org.smppconnector.smpp.transport.ConnectionSettings;
import org.smppconnector.smpp.transport.PduConnection;
import org.smppconnector.smpp.transport.PduListener;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A minimal SMSC for the engine's unit tests: our own transport on a loopback server socket,
 * answering requests through a replaceable {@link #responder} and recording what it reads.
 */
public final class LoopbackSmsc implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-smsc");
        t.setDaemon(true);
        return t;
    });
    private final LinkedBlockingQueue<Pdu> received = new LinkedBlockingQueue<>();
    private final List<PduConnection> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private final AtomicInteger closedConnections = new AtomicInteger();
    /** What to answer to a PDU read (null: nothing). Replace it to script the SMSC. */
    public volatile Function<Pdu, Pdu> responder = this::standardAnswer;
    private volatile boolean accepting = true;

    public LoopbackSmsc() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (!accepting) {
                    socket.close();
                    continue;
                }
                PduConnection connection = new PduConnection(ConnectedSocket.of(socket), new PduCodec(),
                        ConnectionSettings.defaults());
                connections.add(connection);
                connection.start(threads, new PduListener() {
                    @Override
                    public void onPdu(Pdu pdu) {
                        received.add(pdu);
                        Pdu answer = responder.apply(pdu);
                        if (answer != null) {
                            write(connection, answer);
                        }
                    }

                    @Override
                    public void onDecodeError(PduDecodeException error) {
                        fail("the engine sent an undecodable PDU: " + error);
                    }

                    @Override
                    public void onClosed(ConnectionClosedException reason) {
                        closedConnections.incrementAndGet();
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    /** The standard SMSC: every request answered ESME_ROK, submits with a fresh message id. */
    public Pdu standardAnswer(Pdu pdu) {
        if (!(pdu instanceof PduRequest)) {
            return null;
        }
        PduResponse response = ((PduRequest<?>) pdu).createResponse();
        if (response instanceof BaseBindResp) {
            ((BaseBindResp) response).setSystemId("LOOP");
            ((BaseBindResp) response).setScInterfaceVersion(0x34);
        } else if (response instanceof BaseSmResp && !(response instanceof org.smppconnector.smpp.pdu.DeliverSmResp)) {
            ((BaseSmResp) response).setMessageId("m" + messageIds.incrementAndGet());
        }
        return response;
    }

    private static void write(PduConnection connection, Pdu pdu) {
        try {
            connection.write(pdu);
        } catch (IOException e) {
            // the engine closed the connection: nothing to answer any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a PDU on the newest open connection. */
    public void send(Pdu pdu) {
        write(awaitOpenConnection(), pdu);
    }

    public PduConnection awaitOpenConnection() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() - deadline < 0) {
            for (int i = connections.size() - 1; i >= 0; i--) {
                if (!connections.get(i).isClosed()) {
                    return connections.get(i);
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no open connection to the loopback SMSC");
    }

    /** Takes PDUs read, in order, until one matches (the others are dropped). */
    public <T extends Pdu> T await(Class<T> type, Predicate<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (;;) {
            Pdu pdu = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (pdu == null) {
                throw new AssertionError("the loopback SMSC received no " + type.getSimpleName() + " in time");
            }
            if (type.isInstance(pdu) && condition.test(type.cast(pdu))) {
                return type.cast(pdu);
            }
        }
    }

    public <T extends Pdu> T await(Class<T> type) throws InterruptedException {
        return await(type, p -> true);
    }

    /** Whether a PDU of this type is among those read and not yet awaited. */
    public boolean hasReceived(Class<? extends Pdu> type) {
        return received.stream().anyMatch(type::isInstance);
    }

    /** Refuses (closes) new connections from now on; false to accept them again. */
    public void accepting(boolean on) {
        accepting = on;
    }

    /** Closes every open connection from the SMSC side. */
    public void dropConnections() {
        for (PduConnection c : connections) {
            c.close();
        }
    }

    public int openConnections() {
        return (int) connections.stream().filter(c -> !c.isClosed()).count();
    }

    public int closedConnections() {
        return closedConnections.get();
    }

    public static Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropConnections();
        threads.shutdownNow();
    }
}
