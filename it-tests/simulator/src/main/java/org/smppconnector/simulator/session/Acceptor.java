package org.smppconnector.simulator.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import javax.net.ssl.SSLContext;

import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.record.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one endpoint and hands each connection to a new session. Plain or TLS: jSMPP
 * only sees a socket, so on a TLS endpoint a worker first completes the handshake with the
 * simulator's own SSLContext ({@link TlsGate}), under a timeout, and the session gets the
 * TLS socket.
 */
public final class Acceptor implements Runnable, Origin {
    private static final Logger LOG = LoggerFactory.getLogger(Acceptor.class);

    private final String name;
    private final String host;
    private final int requestedPort;
    private final SSLContext tls;
    private final SessionServices services;
    private final Set<Socket> handshaking = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket serverSocket;
    private volatile Endpoint endpoint;
    private volatile boolean closing;
    private volatile long refuseBindsUntil;
    private Thread thread;

    /** @param tls null for a plain endpoint */
    public Acceptor(String name, String host, int port, SSLContext tls, SessionServices services) {
        this.name = name;
        this.host = host;
        this.requestedPort = port;
        this.tls = tls;
        this.services = services;
    }

    public void open() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(new InetSocketAddress(host, requestedPort), 100);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot listen on " + host + ":" + requestedPort + " (" + name + "): "
                    + e.getMessage(), e);
        }
        serverSocket = socket;
        endpoint = new Endpoint(name, host, socket.getLocalPort(), tls != null);
        thread = new Thread(this, "smsc-sim-accept-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    /** Refuses binds on this endpoint for a while, as a host under maintenance. */
    public void refuseBindsFor(Duration duration) {
        refuseBindsUntil = System.nanoTime() + duration.toNanos();
    }

    @Override
    public boolean isRefusingBinds() {
        return System.nanoTime() - refuseBindsUntil < 0;
    }

    /** Any bind the account allows. */
    @Override
    public boolean allowsBind(BindKind kind) {
        return true;
    }

    @Override
    public void run() {
        while (!closing) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.warn("{}: accept failed: {}", name, e.toString());
                }
                continue;
            }
            services.counters().increment(Counter.CONNECTIONS_ACCEPTED);
            if (tls == null) {
                startSession(socket);
            } else {
                handshakeThenStart(socket);
            }
        }
    }

    /** On a worker, so that a slow or silent client never holds up the accepting thread. */
    private void handshakeThenStart(Socket socket) {
        handshaking.add(socket);
        TlsGate gate = new TlsGate(tls, (int) services.settings().tlsHandshakeTimeout().toMillis());
        try {
            services.workers().execute(() -> {
                try {
                    Socket secured = gate.handshake(socket);
                    handshaking.remove(socket);
                    if (closing) {
                        closeQuietly(secured);
                    } else {
                        startSession(secured);
                    }
                } catch (TlsGate.TlsRefusedException e) {
                    handshaking.remove(socket);
                    LOG.debug("{}: connection from {} refused: {}", name, socket.getRemoteSocketAddress(),
                            e.getMessage());
                    services.counters().increment(Counter.TLS_HANDSHAKES_FAILED);
                    if (e.bindRefused()) {
                        services.counters().increment(Counter.BINDS_REFUSED);
                    }
                    services.signal().changed();
                }
            });
        } catch (RejectedExecutionException e) {
            handshaking.remove(socket);
            closeQuietly(socket);
        }
    }

    private void startSession(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            new ServerSession(services.registry().nextId(), this, socket, services).start();
            services.signal().changed();
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: cannot start a session: {}", name, e.toString());
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    /** Stops accepting and ends the handshakes in progress; the sessions are the simulator's to close. */
    public void close() {
        closing = true;
        try {
            if (serverSocket != null) {
                serverSocket.close();
            }
        } catch (IOException e) {
            LOG.debug("{}: close: {}", name, e.toString());
        }
        handshaking.forEach(Acceptor::closeQuietly);
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
