package org.smppconnector.simulator.session;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import org.smppconnector.simulator.io.GroupCommitOutputStream;

/**
 * The socket's output as jSMPP writes to it: one whole PDU per write (jSMPP's sender
 * composes each PDU and writes it at once), from any thread, group-committed
 * ({@link GroupCommitOutputStream}). Each PDU is recorded as it is queued, or held back
 * when a fault planned so for its response.
 */
final class PduOutputStream extends OutputStream {
    private final GroupCommitOutputStream socket;
    private final ServerSession session;

    PduOutputStream(OutputStream socket, ServerSession session) {
        this.socket = new GroupCommitOutputStream(socket);
        this.session = session;
    }

    @Override
    public void write(int b) throws IOException {
        throw new IOException("PDUs are written whole");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        byte[] pdu = off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
        if (session.holdBack(pdu)) {
            return;
        }
        writeHeld(pdu);
    }

    /** Writes a PDU, held back earlier or not. */
    void writeHeld(byte[] pdu) throws IOException {
        // recorded in queue order, which is the wire's, and before it can arrive, so that
        // whoever sees it arrive finds it recorded
        socket.write(pdu, 0, pdu.length, () -> session.sent(pdu));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
