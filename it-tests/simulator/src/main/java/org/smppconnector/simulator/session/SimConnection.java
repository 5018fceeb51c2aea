package org.smppconnector.simulator.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.jsmpp.session.connection.Connection;
import org.jsmpp.util.StrictBufferedInputStream;

/** jSMPP's view of an accepted socket, with the recording output stream. */
final class SimConnection implements Connection {
    /** How long the ESME has to close the connection after its unbind was answered. */
    static final int CLOSE_GRACE_MILLIS = 1000;

    private final Socket socket;
    private final ServerSession session;
    private final Executor workers;
    private final InputStream in;
    private final PduOutputStream out;

    SimConnection(Socket socket, ServerSession session, Executor workers) throws IOException {
        this.socket = socket;
        this.session = session;
        this.workers = workers;
        this.in = new StrictBufferedInputStream(socket.getInputStream(), 65536);
        this.out = new PduOutputStream(socket.getOutputStream(), session);
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public InetAddress getInetAddress() {
        return socket.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getPort() {
        return socket.getPort();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    PduOutputStream pduOutput() {
        return out;
    }

    @Override
    public void setSoTimeout(int timeout) throws IOException {
        socket.setSoTimeout(timeout);
    }

    /**
     * jSMPP closes as soon as it answered an unbind. But it is the ESME's to close then, and an
     * ESME that sees the connection end before it handled the unbind_resp may never handle it
     * (jSMPP's client then waits out its timeout): so after the ESME's unbind the socket stays
     * open until the ESME closes it, or the grace is over.
     */
    @Override
    public void close() throws IOException {
        if (!session.unboundByEsmeRequest() || socket.isClosed()) {
            socket.close();
            return;
        }
        try {
            workers.execute(this::closeAfterEsme);
        } catch (RejectedExecutionException e) {
            socket.close(); // the simulator is stopping
        }
    }

    private void closeAfterEsme() {
        try {
            socket.setSoTimeout(CLOSE_GRACE_MILLIS);
            byte[] discard = new byte[256];
            while (socket.getInputStream().read(discard) >= 0) {
                // nothing more is expected; whatever comes is dropped with the connection
            }
        } catch (SocketTimeoutException e) {
            // grace over
        } catch (IOException e) {
            // closed meanwhile
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }
}
