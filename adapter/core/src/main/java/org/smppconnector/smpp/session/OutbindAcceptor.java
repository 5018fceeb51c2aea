package org.smppconnector.smpp.session;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.smppconnector.smpp.pdu.CommandId;
import org.smppconnector.smpp.pdu.Outbind;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;
import org.smppconnector.smpp.session.time.Scheduler;
import org.smppconnector.smpp.transport.ConnectedSocket;

/**
 * Accepts an SMSC's outbind (SMPP 3.4 section 2.2.1): the SMSC connects, sends outbind with
 * the ESME's system_id and password, and the ESME answers on that connection with
 * bind_receiver. Each accepted outbind becomes a receiver {@link SmppSession}, handed to
 * {@code onBound}. An outbind naming another system_id or password, or anything other than
 * outbind first, closes the connection.
 *
 * <p>Plain TCP only. The accept loop and each handshake run on {@code executor}.
 */
public final class OutbindAcceptor implements Closeable {

    private static final System.Logger LOG = System.getLogger(OutbindAcceptor.class.getName());

    private final SessionSettings settings;
    private final Executor executor;
    private final Scheduler scheduler;
    private final RetryTable retryTable;
    private final InboundHandler inbound;
    private final SmppSession.Listener listener;
    private final Consumer<SmppSession> onBound;
    private final Duration outbindTimeout;
    private final PduCodec codec = new PduCodec();
    private volatile ServerSocket server;

    /**
     * @param settings       the receiver binds' settings (the bind type is forced to RECEIVER);
     *                       its system_id and password are what the outbind must present
     * @param outbindTimeout how long a new connection may take to send its outbind
     */
    public OutbindAcceptor(SessionSettings settings, Executor executor, Scheduler scheduler, RetryTable retryTable,
                           InboundHandler inbound, SmppSession.Listener listener, Consumer<SmppSession> onBound,
                           Duration outbindTimeout) {
        this.settings = Objects.requireNonNull(settings, "settings").withBindType(BindType.RECEIVER);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.retryTable = Objects.requireNonNull(retryTable, "retryTable");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.onBound = Objects.requireNonNull(onBound, "onBound");
        this.outbindTimeout = Objects.requireNonNull(outbindTimeout, "outbindTimeout");
    }

    /** Listens on {@code port} (0: any free one) of {@code address} (null: all interfaces). */
    public OutbindAcceptor start(InetAddress address, int port) throws IOException {
        ServerSocket socket = new ServerSocket(port, 50, address);
        server = socket;
        executor.execute(this::acceptLoop);
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        ServerSocket socket = server;
        while (!socket.isClosed()) {
            try {
                Socket accepted = socket.accept();
                executor.execute(() -> handshake(accepted));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "outbind listener failed: {0}", e.toString());
                }
                return;
            }
        }
    }

    private void handshake(Socket socket) {
        ConnectedSocket connected = ConnectedSocket.of(socket);
        try {
            Outbind outbind = readOutbind(socket);
            if (!outbind.getSystemId().equals(settings.systemId()) || !outbind.getPassword().equals(settings.password())) {
                LOG.log(System.Logger.Level.WARNING, "outbind from {0} for system_id {1} refused: wrong system_id or password",
                        connected.remoteAddress(), outbind.getSystemId());
                connected.close();
                return;
            }
            SmppSession session = new SmppSession(settings, executor, scheduler, retryTable, inbound, listener);
            session.bind(connected);
            onBound.accept(session);
        } catch (IOException | PduDecodeException | BindFailedException e) {
            LOG.log(System.Logger.Level.WARNING, "outbind from {0} failed: {1}", connected.remoteAddress(), e.toString());
            connected.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connected.close();
        }
    }

    /** Reads exactly the first PDU off the raw stream, so nothing of what follows is consumed. */
    private Outbind readOutbind(Socket socket) throws IOException, PduDecodeException {
        socket.setSoTimeout((int) Math.max(1, outbindTimeout.toMillis()));
        try {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int length = in.readInt();
            if (length < PduCodec.HEADER_LENGTH || length > 1024) {
                throw new IOException("first PDU has command_length " + length + ": not an outbind");
            }
            byte[] frame = new byte[length];
            frame[0] = (byte) (length >>> 24);
            frame[1] = (byte) (length >>> 16);
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
            in.readFully(frame, 4, length - 4);
            Pdu pdu = codec.decode(frame, 0, length);
            if (pdu.getCommandId() != CommandId.OUTBIND) {
                throw new IOException("first PDU is " + pdu.getName() + ", not outbind");
            }
            return (Outbind) pdu;
        } catch (SocketTimeoutException e) {
            throw new IOException("no outbind within " + outbindTimeout.toMillis() + " ms", e);
        } finally {
            socket.setSoTimeout(0);
        }
    }

    @Override
    public void close() throws IOException {
        ServerSocket socket = server;
        if (socket != null) {
            socket.close();
        }
    }
}
