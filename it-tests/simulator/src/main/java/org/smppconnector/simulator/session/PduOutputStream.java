package org.smppconnector.simulator.session;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The socket's output as jSMPP writes to it: one whole PDU per write (jSMPP's sender
 * composes each PDU and writes it at once). Each PDU is recorded, or held back when a fault
 * planned so for its response.
 */
final class PduOutputStream extends OutputStream {
    private final OutputStream socket;
    private final ServerSession session;

    PduOutputStream(OutputStream socket, ServerSession session) {
        this.socket = socket;
        this.session = session;
    }

    @Override
    public void write(int b) throws IOException {
        throw new IOException("PDUs are written whole");
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        byte[] pdu = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        if (session.holdBack(pdu)) {
            return;
        }
        session.sent(pdu); // recorded first, so that whoever sees the PDU arrive finds it recorded
        socket.write(pdu);
    }

    /** Writes a PDU held back earlier (a delayed response). */
    synchronized void writeHeld(byte[] pdu) throws IOException {
        session.sent(pdu);
        socket.write(pdu);
        socket.flush();
    }

    @Override
    public synchronized void flush() throws IOException {
        socket.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
