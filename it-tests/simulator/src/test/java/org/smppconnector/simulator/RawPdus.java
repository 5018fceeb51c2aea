package org.smppconnector.simulator;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Hand-made PDUs for the cases jSMPP's client refuses to produce (second bind, unknown command...). */
final class RawPdus {
    private RawPdus() {
    }

    /** A PDU's header fields as read back. */
    record Header(int length, int commandId, int commandStatus, int sequenceNumber, byte[] body) {
    }

    static byte[] pdu(int commandId, int sequenceNumber, byte[] body) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + body.length);
        buffer.putInt(16 + body.length).putInt(commandId).putInt(0).putInt(sequenceNumber).put(body);
        return buffer.array();
    }

    static byte[] bind(int commandId, int sequenceNumber, String systemId, String password) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        cString(body, systemId);
        cString(body, password);
        cString(body, "");
        body.write(0x34);
        body.write(0);
        body.write(0);
        cString(body, "");
        return pdu(commandId, sequenceNumber, body.toByteArray());
    }

    /** A minimal submit_sm to 123456 saying "hi". */
    static byte[] submitSm(int sequenceNumber) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        cString(body, "");
        body.write(1);
        body.write(1);
        cString(body, "4477");
        body.write(1);
        body.write(1);
        cString(body, "123456");
        for (int i = 0; i < 3; i++) {
            body.write(0); // esm_class, protocol_id, priority_flag
        }
        cString(body, "");
        cString(body, "");
        for (int i = 0; i < 4; i++) {
            body.write(0); // registered_delivery, replace_if_present, data_coding, sm_default_msg_id
        }
        body.write(2);
        body.write('h');
        body.write('i');
        return pdu(0x00000004, sequenceNumber, body.toByteArray());
    }

    static void send(OutputStream out, byte[] pdu) throws IOException {
        out.write(pdu);
        out.flush();
    }

    static Header read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int length = data.readInt();
        int commandId = data.readInt();
        int status = data.readInt();
        int sequence = data.readInt();
        byte[] body = new byte[length - 16];
        data.readFully(body);
        return new Header(length, commandId, status, sequence, body);
    }

    private static void cString(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
    }
}
