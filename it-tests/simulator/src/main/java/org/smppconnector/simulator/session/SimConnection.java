package org.smppconnector.simulator.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;

import org.jsmpp.session.connection.Connection;
import org.jsmpp.util.StrictBufferedInputStream;

/** jSMPP's view of an accepted socket, with the recording output stream. */
final class SimConnection implements Connection {
    private final Socket socket;
    private final InputStream in;
    private final PduOutputStream out;

    SimConnection(Socket socket, ServerSession session) throws IOException {
        this.socket = socket;
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

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
