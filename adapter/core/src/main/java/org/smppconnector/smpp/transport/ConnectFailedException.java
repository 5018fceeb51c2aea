package org.smppconnector.smpp.transport;

import java.io.IOException;

/**
 * A connection to an SMSC could not be opened. Says where to, and why in a form the session can
 * act on: {@link #isTransient()} failures (refused, timed out, unreachable) usually go away by
 * themselves and are retried with the usual back-off; the others (unknown host, TLS refused) are
 * retried too but need an operator's look, so the session should report them as such.
 */
public final class ConnectFailedException extends IOException {

    /** Why the connection failed. */
    public enum Reason {
        /** The host name did not resolve. */
        UNKNOWN_HOST(false),
        /** Nothing listens on the port (connection refused / reset while connecting). */
        REFUSED(true),
        /** The TCP connect or the TLS handshake did not finish within the connect timeout. */
        TIMEOUT(true),
        /** No route to the host. */
        UNREACHABLE(true),
        /** Any other I/O failure while connecting. */
        NETWORK(true),
        /** The TLS handshake failed for another reason than the certificate: no common protocol version or cipher suite. */
        TLS_HANDSHAKE(false),
        /** The server's certificate was refused: not trusted, expired, or not issued for the host name connected to. */
        TLS_CERTIFICATE(false);

        private final boolean transientFailure;

        Reason(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }
    }

    private final Reason reason;
    private final String host;
    private final int port;

    public ConnectFailedException(Reason reason, String host, int port, String detail, Throwable cause) {
        super("cannot connect to " + host + ":" + port + ": " + detail, cause);
        this.reason = reason;
        this.host = host;
        this.port = port;
    }

    public Reason reason() {
        return reason;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Whether the failure usually clears by itself (network or peer not up yet) rather than needing a configuration change. */
    public boolean isTransient() {
        return reason.transientFailure;
    }
}
