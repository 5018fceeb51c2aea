package org.smppconnector.smpp.pdu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds raw frames by hand, for feeding the decoder octets our encoder would never write. */
final class Frames {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final int commandId;
    private final int status;
    private final int sequence;
    private Integer lengthOverride;

    private Frames(int commandId, int status, int sequence) {
        this.commandId = commandId;
        this.status = status;
        this.sequence = sequence;
    }

    static Frames of(int commandId, int sequence) {
        return new Frames(commandId, 0, sequence);
    }

    static Frames of(int commandId, int status, int sequence) {
        return new Frames(commandId, status, sequence);
    }

    Frames u8(int... values) {
        for (int v : values) {
            body.write(v);
        }
        return this;
    }

    Frames u16(int v) {
        return u8(v >>> 8, v & 0xFF);
    }

    Frames u32(int v) {
        return u8(v >>> 24, (v >>> 16) & 0xFF, (v >>> 8) & 0xFF, v & 0xFF);
    }

    /** Text and its NUL. */
    Frames cstr(String s) {
        raw(s);
        return u8(0);
    }

    /** Text without a NUL. */
    Frames raw(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    Frames bytes(byte[] b) {
        body.writeBytes(b);
        return this;
    }

    Frames tlv(int tag, byte... value) {
        u16(tag).u16(value.length);
        return bytes(value);
    }

    /** Writes this command_length instead of the true one. */
    Frames commandLength(int length) {
        lengthOverride = length;
        return this;
    }

    byte[] build() {
        byte[] b = body.toByteArray();
        int length = lengthOverride != null ? lengthOverride : 16 + b.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : new int[] {length, commandId, status, sequence}) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** A submit_sm body up to (not including) sm_length, with the given addresses. */
    Frames smPrefix(String sourceAddr, String destinationAddr) {
        return cstr("").u8(1, 1).cstr(sourceAddr).u8(1, 1).cstr(destinationAddr).u8(0, 0, 0).cstr("").cstr("").u8(0, 0, 0, 0);
    }
}
