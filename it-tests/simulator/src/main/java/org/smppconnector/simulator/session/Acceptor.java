package org.smppconnector.simulator.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

import org.smppconnector.simulator.record.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one endpoint and hands each connection to a new session. Plain or TLS: jSMPP
 * only sees a socket, so TLS is an SSLServerSocket from the simulator's own SSLContext.
 */
public final class Acceptor implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Acceptor.class);

    private final String name;
    private final String host;
    private final int requestedPort;
    private final SSLContext tls;
    private final SessionServices services;
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
        ServerSocket socket = tls != null ? tls.getServerSocketFactory().createServerSocket() : new ServerSocket();
        if (socket instanceof SSLServerSocket) {
            ((SSLServerSocket) socket).setNeedClientAuth(false);
        }
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

    public Endpoint endpoint() {
        return endpoint;
    }

    /** Refuses binds on this endpoint for a while, as a host under maintenance. */
    public void refuseBindsFor(Duration duration) {
        refuseBindsUntil = System.nanoTime() + duration.toNanos();
    }

    boolean isRefusingBinds() {
        return System.nanoTime() - refuseBindsUntil < 0;
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
            try {
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
                services.counters().increment(Counter.CONNECTIONS_ACCEPTED);
                new ServerSession(services.registry().nextId(), this, socket, services).start();
                services.signal().changed();
            } catch (IOException | RuntimeException e) {
                LOG.warn("{}: cannot start a session: {}", name, e.toString());
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
        }
    }

    /** Stops accepting; the sessions are the simulator's to close. */
    public void close() {
        closing = true;
        try {
            if (serverSocket != null) {
                serverSocket.close();
            }
        } catch (IOException e) {
            LOG.debug("{}: close: {}", name, e.toString());
        }
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
