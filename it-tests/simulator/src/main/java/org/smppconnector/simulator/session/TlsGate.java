package org.smppconnector.simulator.session;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.jsmpp.SMPPConstant;

/**
 * Turns an accepted TCP connection on a TLS endpoint into a TLS socket, on the worker that
 * will run the session, before jSMPP sees it. Every read during the handshake is bounded by
 * the handshake timeout, so a client that stays silent is closed then, not at the bind
 * timeout. A client that speaks plain SMPP (the most common mistake: TLS not switched on)
 * is told at once: its bind gets a bind response with ESME_RBINDFAIL, sent in the clear,
 * so that it fails with a refusal instead of waiting for a response that never comes.
 */
final class TlsGate {
    /** TLS record content type of a handshake message: the first octet of every ClientHello. */
    private static final int TLS_HANDSHAKE_RECORD = 0x16;
    private static final int MAX_PLAIN_BIND_LENGTH = 1024;
    private static final int REFUSED_BIND_GRACE_MILLIS = 1000;

    private final SSLSocketFactory factory;
    private final int timeoutMillis;

    TlsGate(SSLContext context, int timeoutMillis) {
        this.factory = context.getSocketFactory();
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Completes the server side of the handshake.
     *
     * @return the TLS socket, its read timeout reset to none
     * @throws TlsRefusedException when the client did not speak TLS in time; the socket is closed
     */
    SSLSocket handshake(Socket socket) throws TlsRefusedException {
        try {
            socket.setSoTimeout(timeoutMillis);
            InputStream in = socket.getInputStream();
            int first = in.read();
            if (first < 0) {
                throw refused(socket, "closed before the TLS handshake", false);
            }
            if (first != TLS_HANDSHAKE_RECORD) {
                boolean answered = refusePlainBind(socket, first);
                throw refused(socket, "plain (non-TLS) client on a TLS endpoint", answered);
            }
            SSLSocket tls = (SSLSocket) factory.createSocket(socket, new ByteArrayInputStream(new byte[] {(byte) first}),
                    true);
            tls.setUseClientMode(false);
            tls.setNeedClientAuth(false);
            tls.startHandshake();
            tls.setSoTimeout(0);
            return tls;
        } catch (SocketTimeoutException e) {
            throw refused(socket, "no TLS handshake within " + timeoutMillis + " ms", false);
        } catch (IOException e) {
            throw refused(socket, "TLS handshake failed: " + e.getMessage(), false);
        }
    }

    /**
     * Reads what looks like a plain bind and answers it with ESME_RBINDFAIL. The whole PDU is
     * read first: closing a socket with unread input resets it, and the reset could discard
     * the response before the client reads it.
     *
     * @return true when a bind response was sent
     */
    private static boolean refusePlainBind(Socket socket, int first) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] header = new byte[16];
        header[0] = (byte) first;
        in.readFully(header, 1, 15);
        ByteBuffer fields = ByteBuffer.wrap(header);
        int length = fields.getInt(0);
        int commandId = fields.getInt(4);
        int sequenceNumber = fields.getInt(12);
        boolean bind = commandId == SMPPConstant.CID_BIND_TRANSMITTER || commandId == SMPPConstant.CID_BIND_RECEIVER
                || commandId == SMPPConstant.CID_BIND_TRANSCEIVER;
        if (!bind || length < 16 || length > MAX_PLAIN_BIND_LENGTH) {
            return false;
        }
        in.readFully(new byte[length - 16]);
        ByteBuffer response = ByteBuffer.allocate(16);
        response.putInt(16).putInt(commandId | SMPPConstant.MASK_CID_RESP).putInt(SMPPConstant.STAT_ESME_RBINDFAIL)
                .putInt(sequenceNumber);
        OutputStream out = socket.getOutputStream();
        out.write(response.array());
        out.flush();
        awaitClientClose(socket);
        return true;
    }

    /**
     * Keeps the connection open until the client closes it (as it does on a refused bind) or
     * the grace passes: a client that sees the connection end before it handled the response
     * may never handle it (jSMPP's does not).
     */
    private static void awaitClientClose(Socket socket) throws IOException {
        socket.setSoTimeout(REFUSED_BIND_GRACE_MILLIS);
        byte[] discard = new byte[256];
        try {
            while (socket.getInputStream().read(discard) >= 0) {
                // whatever the client still sends is not TLS either
            }
        } catch (SocketTimeoutException e) {
            // grace over: close anyway
        }
    }

    private static TlsRefusedException refused(Socket socket, String reason, boolean bindRefused) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
        return new TlsRefusedException(reason, bindRefused);
    }

    /** The connection did not become a TLS session, and is closed. */
    static final class TlsRefusedException extends Exception {
        private final boolean bindRefused;

        TlsRefusedException(String reason, boolean bindRefused) {
            super(reason);
            this.bindRefused = bindRefused;
        }

        /** True when the client's plain bind was answered with ESME_RBINDFAIL. */
        boolean bindRefused() {
            return bindRefused;
        }
    }
}
