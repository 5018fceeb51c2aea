package org.smppconnector.simulator.session;

import java.io.DataInputStream;
import java.io.IOException;

import org.jsmpp.DefaultPDUReader;
import org.jsmpp.InvalidCommandLengthException;
import org.jsmpp.PDUReader;
import org.jsmpp.bean.Command;

/**
 * jSMPP's PDU reader, recording each PDU, and keeping for the session the responses to the
 * deliver_sm and enquire_link it sent itself (jSMPP would not know their sequence numbers).
 */
final class RecordingPduReader implements PDUReader {
    private final DefaultPDUReader delegate = new DefaultPDUReader();
    private final ServerSession session;

    RecordingPduReader(ServerSession session) {
        this.session = session;
    }

    @Override
    public Command readPDUHeader(DataInputStream in) throws InvalidCommandLengthException, IOException {
        session.readingOn(Thread.currentThread());
        while (true) {
            Command header = delegate.readPDUHeader(in);
            if (!session.isOwnResponse(header)) {
                return header;
            }
            byte[] pdu = delegate.readPDU(in, header);
            session.received(header, pdu);
            session.ownResponse(header);
        }
    }

    @Override
    public byte[] readPDU(DataInputStream in, Command header) throws IOException {
        byte[] pdu = delegate.readPDU(in, header);
        session.received(header, pdu);
        return pdu;
    }

    @Override
    public byte[] readPDU(DataInputStream in, int commandLength, int commandId, int commandStatus,
                          int sequenceNumber) throws IOException {
        return delegate.readPDU(in, commandLength, commandId, commandStatus, sequenceNumber);
    }
}
