package org.smppconnector.simulator.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;

import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.util.StrictBufferedInputStream;
import org.smppconnector.simulator.io.GroupCommitOutputStream;

/**
 * jSMPP's client connection with a group-committed output: the benchmark's client, given an
 * unsynchronized PDU sender, sends the submit_sm of many threads in few system calls, as the
 * simulator does with its responses. jSMPP's stock connection writes each PDU by itself,
 * under a lock held through the system call.
 */
final class GroupCommitConnection implements Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private GroupCommitConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new StrictBufferedInputStream(socket.getInputStream(), 65536);
        this.out = new GroupCommitOutputStream(socket.getOutputStream());
    }

    static ConnectionFactory factory() {
        return (host, port) -> {
            Socket socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            return new GroupCommitConnection(socket);
        };
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
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
    public void setSoTimeout(int timeout) throws IOException {
        socket.setSoTimeout(timeout);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
