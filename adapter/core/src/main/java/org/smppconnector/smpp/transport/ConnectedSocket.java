package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Objects;

import javax.net.ssl.SSLSocket;

/**
 * A connected socket, plain or TLS, and the TCP socket beneath it. {@link #close()} closes the
 * TCP socket: closing an {@code SSLSocket} itself first sends close_notify, which can block for
 * as long as a stalled peer keeps the send buffer full or another thread is inside a write.
 * SMPP ends a session with unbind, so nothing is lost by not sending close_notify.
 */
public final class ConnectedSocket {

    private final Socket socket;
    private final Socket tcp;

    private ConnectedSocket(Socket socket, Socket tcp) {
        this.socket = socket;
        this.tcp = tcp;
    }

    /** A socket that is already connected: accepted by a server socket, or made by other means. */
    public static ConnectedSocket of(Socket socket) {
        Objects.requireNonNull(socket, "socket");
        if (!socket.isConnected()) {
            throw new IllegalArgumentException("socket is not connected: " + socket);
        }
        return new ConnectedSocket(socket, socket);
    }

    /** A TLS socket layered over {@code tcp}, handshake done. */
    static ConnectedSocket layered(SSLSocket tls, Socket tcp) {
        return new ConnectedSocket(tls, tcp);
    }

    /** The socket PDUs go through: the {@code SSLSocket} for TLS. */
    public Socket socket() {
        return socket;
    }

    public boolean isTls() {
        return socket instanceof SSLSocket;
    }

    /** The negotiated TLS version ("TLSv1.3"), or null for a plain connection. */
    public String tlsProtocol() {
        return socket instanceof SSLSocket ? ((SSLSocket) socket).getSession().getProtocol() : null;
    }

    public SocketAddress remoteAddress() {
        return tcp.getRemoteSocketAddress();
    }

    public boolean isClosed() {
        return tcp.isClosed();
    }

    /**
     * The channel of a plain socket made from one ({@link Connector} makes them so), else null
     * (TLS, or a socket accepted by a plain server socket).
     */
    SocketChannel plainChannel() {
        return isTls() ? null : socket.getChannel();
    }

    InputStream input() throws IOException {
        return socket.getInputStream();
    }

    OutputStream output() throws IOException {
        return socket.getOutputStream();
    }

    /** Closes the TCP socket; idempotent, never throws, never waits on the peer. Blocked reads and writes fail at once. */
    public void close() {
        try {
            tcp.close();
        } catch (IOException ignored) {
            // Nothing left to do with a socket that failed to close.
        }
    }

    @Override
    public String toString() {
        return (isTls() ? "tls:" : "tcp:") + tcp.getRemoteSocketAddress();
    }
}
