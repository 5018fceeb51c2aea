package org.smppconnector.smpp.transport;

import java.nio.charset.StandardCharsets;

import org.smppconnector.smpp.pdu.EnquireLink;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;

/** PDUs the transport tests send. */
final class TestPdus {

    private TestPdus() {
    }

    static SubmitSm submitSm(int sequence, String text) {
        SubmitSm sm = new SubmitSm();
        sm.setSequenceNumber(sequence);
        sm.setSource(5, 0, "SMPPCONN");
        sm.setDestAddrTon(1);
        sm.setDestAddrNpi(1);
        sm.setDestinationAddr("447700900123");
        sm.setRegisteredDelivery(1);
        sm.setShortMessage(text.getBytes(StandardCharsets.ISO_8859_1));
        return sm;
    }

    /** A submit_sm carrying {@code payloadLength} octets in message_payload: a PDU larger than any read buffer. */
    static SubmitSm largeSubmitSm(int sequence, int payloadLength) {
        SubmitSm sm = submitSm(sequence, "");
        byte[] payload = new byte[payloadLength];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) ('a' + i % 26);
        }
        sm.getTlvs().putBytes(Tag.MESSAGE_PAYLOAD, payload);
        return sm;
    }

    static EnquireLink enquireLink(int sequence) {
        EnquireLink link = new EnquireLink();
        link.setSequenceNumber(sequence);
        return link;
    }

    static String text(SubmitSm sm) {
        return new String(sm.getShortMessage(), StandardCharsets.ISO_8859_1);
    }
}
