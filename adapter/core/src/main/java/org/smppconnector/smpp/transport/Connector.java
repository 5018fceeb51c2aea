package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.smppconnector.smpp.transport.ConnectFailedException.Reason;

/**
 * Opens TCP connections to an SMSC, optionally with TLS: TCP_NODELAY (SMPP is request/response;
 * batching is done by {@link PduConnection}), SO_KEEPALIVE, one timeout for the TCP connect and
 * the TLS handshake together. With TLS the server's certificate must be trusted and issued for
 * the host name (or IP address) connected to, and the host name is sent as SNI.
 *
 * <p>Thread-safe; one per account. Host names are resolved before the timeout starts, by the
 * JVM's resolver and its own timeouts.
 */
public final class Connector {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Duration connectTimeout;
    private final SSLSocketFactory tlsFactory;
    private final String[] tlsProtocols;

    private Connector(Duration connectTimeout, SSLSocketFactory tlsFactory, List<String> tlsProtocols) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        this.connectTimeout = connectTimeout;
        this.tlsFactory = tlsFactory;
        this.tlsProtocols = tlsProtocols.toArray(new String[0]);
    }

    /** Plain TCP. */
    public static Connector plain(Duration connectTimeout) {
        return new Connector(connectTimeout, null, List.of());
    }

    /**
     * TLS with the given settings; loads its key stores now.
     *
     * @throws TlsConfigException when a store cannot be loaded or used
     */
    public static Connector tls(Duration connectTimeout, TlsSettings settings) {
        return new Connector(connectTimeout, settings.createContext().getSocketFactory(), settings.protocols());
    }

    public boolean isTls() {
        return tlsFactory != null;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Connects, and with TLS completes the handshake.
     *
     * @throws ConnectFailedException naming the host, the port and the {@link Reason}
     */
    public ConnectedSocket connect(String host, int port) throws ConnectFailedException {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new ConnectFailedException(Reason.UNKNOWN_HOST, host, port, "unknown host", null);
        }
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        Socket tcp;
        try {
            // Plain: a channel's socket, so that the reader can read into its own direct buffer (see PduReader).
            tcp = tlsFactory == null ? SocketChannel.open().socket() : new Socket();
        } catch (IOException e) {
            throw classify(e, host, port, false);
        }
        boolean handshaking = false;
        try {
            tcp.setTcpNoDelay(true);
            tcp.setKeepAlive(true);
            tcp.connect(address, millisLeft(deadline));
            if (tlsFactory == null) {
                return ConnectedSocket.of(tcp);
            }
            handshaking = true;
            return ConnectedSocket.layered(handshake(tcp, host, port, deadline), tcp);
        } catch (IOException e) {
            closeQuietly(tcp);
            throw classify(e, host, port, handshaking);
        } catch (RuntimeException e) {
            closeQuietly(tcp);
            throw e;
        }
    }

    private SSLSocket handshake(Socket tcp, String host, int port, long deadline) throws IOException {
        SSLSocket tls = (SSLSocket) tlsFactory.createSocket(tcp, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setProtocols(tlsProtocols);
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        String sniName = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (!isIpLiteral(sniName)) {
            // RFC 6066 allows only DNS names in SNI; an IP address is still verified against the certificate.
            parameters.setServerNames(List.of(new SNIHostName(sniName)));
        }
        tls.setSSLParameters(parameters);
        tcp.setSoTimeout(millisLeft(deadline));
        tls.startHandshake();
        tcp.setSoTimeout(0);
        return tls;
    }

    private int millisLeft(long deadline) throws SocketTimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("connect timeout of " + connectTimeout.toMillis() + " ms elapsed");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(left)));
    }

    static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || IPV4.matcher(host).matches();
    }

    private ConnectFailedException classify(IOException e, String host, int port, boolean handshaking) {
        Reason reason;
        String detail;
        Throwable certificateProblem = find(e, CertificateException.class);
        if (find(e, SocketTimeoutException.class) != null) {
            reason = Reason.TIMEOUT;
            detail = (handshaking ? "TLS handshake" : "connect") + " timed out after "
                    + connectTimeout.toMillis() + " ms";
        } else if (certificateProblem != null) {
            reason = Reason.TLS_CERTIFICATE;
            detail = "server certificate refused: " + rootMessage(certificateProblem);
        } else if (e instanceof SSLException) {
            reason = Reason.TLS_HANDSHAKE;
            detail = "TLS handshake failed: " + rootMessage(e);
        } else if (e instanceof ConnectException) {
            reason = Reason.REFUSED;
            detail = "connection refused (" + e.getMessage() + ")";
        } else if (e instanceof NoRouteToHostException || e instanceof PortUnreachableException) {
            reason = Reason.UNREACHABLE;
            detail = "unreachable (" + e.getMessage() + ")";
        } else if (e instanceof UnknownHostException) {
            reason = Reason.UNKNOWN_HOST;
            detail = "unknown host";
        } else {
            reason = Reason.NETWORK;
            detail = e.toString();
        }
        return new ConnectFailedException(reason, host, port, detail, e);
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The connect already failed; that is the error worth reporting.
        }
    }
}
