package org.smppconnector.smpp.pdu;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

/**
 * Encodes PDUs to and decodes them from their SMPP wire form. Immutable and thread-safe; one
 * instance serves every session.
 *
 * <pre>{@code
 * PduCodec codec = new PduCodec();
 * int length = codec.encodedLength(pdu);          // validates; throws PduEncodeException
 * int end = codec.encode(pdu, buffer, offset);    // writes length octets at offset
 * Pdu decoded = codec.decode(bytes, offset, length);
 * }</pre>
 *
 * For a byte stream use {@link PduFrameDecoder}, which finds the PDU boundaries.
 */
public final class PduCodec {

    /**
     * Default largest command_length accepted: room for a 64 KiB message_payload plus the
     * mandatory body and a few other TLVs.
     */
    public static final int DEFAULT_MAX_COMMAND_LENGTH = 70_000;

    /** Smallest valid command_length: the header alone. */
    public static final int HEADER_LENGTH = PduEncoder.HEADER_LENGTH;

    private final int maxCommandLength;
    private final boolean strictTlvLengths;

    /** A codec with {@link #DEFAULT_MAX_COMMAND_LENGTH} that checks standard TLVs' lengths. */
    public PduCodec() {
        this(DEFAULT_MAX_COMMAND_LENGTH, true);
    }

    /**
     * @param maxCommandLength largest command_length accepted when decoding (at least 16)
     * @param strictTlvLengths whether a standard TLV whose length the spec does not allow is a
     *                         decode error (ESME_RINVPARLEN); when false it is kept as it came
     */
    public PduCodec(int maxCommandLength, boolean strictTlvLengths) {
        if (maxCommandLength < HEADER_LENGTH) {
            throw new IllegalArgumentException("maxCommandLength must be at least " + HEADER_LENGTH + ": " + maxCommandLength);
        }
        this.maxCommandLength = maxCommandLength;
        this.strictTlvLengths = strictTlvLengths;
    }

    public int maxCommandLength() {
        return maxCommandLength;
    }

    public boolean strictTlvLengths() {
        return strictTlvLengths;
    }

    /**
     * The PDU's command_length: the octets {@link #encode(Pdu, byte[], int)} will write, after
     * checking every field's length against the spec.
     *
     * @throws PduEncodeException when a field is longer than the spec allows
     */
    public int encodedLength(Pdu pdu) {
        return PduEncoder.commandLength(pdu);
    }

    /**
     * Writes the PDU at {@code offset}; returns the offset after it. Nothing is written when it
     * throws.
     *
     * @throws PduEncodeException        when a field holds what the spec does not allow
     * @throws IndexOutOfBoundsException when {@code dst} has no room for the PDU
     */
    public int encode(Pdu pdu, byte[] dst, int offset) {
        int length = PduEncoder.commandLength(pdu);
        if (offset < 0 || dst.length - offset < length) {
            throw new IndexOutOfBoundsException(pdu.getName() + " takes " + length + " octets; the buffer has "
                    + (dst.length - offset) + " from offset " + offset);
        }
        int end = PduEncoder.write(pdu, length, dst, offset);
        if (end - offset != length) {
            throw new IllegalStateException("codec bug: " + pdu.getName() + " sized " + length + " but wrote " + (end - offset));
        }
        return end;
    }

    /**
     * Writes the PDU at the buffer's position and advances it; on an error the position stays.
     *
     * @throws PduEncodeException      when a field holds what the spec does not allow
     * @throws BufferOverflowException when fewer octets remain than the PDU takes (nothing is written)
     */
    public void encode(Pdu pdu, ByteBuffer dst) {
        int length = PduEncoder.commandLength(pdu);
        if (dst.remaining() < length) {
            throw new BufferOverflowException();
        }
        if (dst.hasArray() && !dst.isReadOnly()) {
            int start = dst.arrayOffset() + dst.position();
            PduEncoder.write(pdu, length, dst.array(), start);
            dst.position(dst.position() + length);
        } else {
            byte[] tmp = new byte[length];
            PduEncoder.write(pdu, length, tmp, 0);
            dst.put(tmp);
        }
    }

    /** The PDU in a new array of exactly its length. */
    public byte[] encode(Pdu pdu) {
        int length = PduEncoder.commandLength(pdu);
        byte[] out = new byte[length];
        PduEncoder.write(pdu, length, out, 0);
        return out;
    }

    /**
     * Decodes the one PDU that is exactly {@code src[offset, offset + length)}. The PDU does not
     * keep a reference to {@code src}.
     *
     * @throws PduDecodeException when the octets are not a valid PDU, or not exactly one
     */
    public Pdu decode(byte[] src, int offset, int length) throws PduDecodeException {
        if (offset < 0 || length < 0 || length > src.length - offset) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + src.length);
        }
        int commandLength = checkCommandLength(src, offset, length);
        if (commandLength != length) {
            throw lengthError("command_length is " + commandLength + " but " + length + " octets were given", src, offset, length);
        }
        return PduDecoder.decodeFrame(src, offset, commandLength, strictTlvLengths);
    }

    /** Decodes the one PDU that is exactly the buffer's remaining octets, and consumes them. */
    public Pdu decode(ByteBuffer src) throws PduDecodeException {
        int length = src.remaining();
        Pdu pdu;
        if (src.hasArray()) {
            pdu = decode(src.array(), src.arrayOffset() + src.position(), length);
        } else {
            byte[] tmp = new byte[length];
            src.duplicate().get(tmp);
            pdu = decode(tmp, 0, length);
        }
        src.position(src.limit());
        return pdu;
    }

    /**
     * Reads and checks command_length at {@code offset}, of which {@code available} octets (at
     * least 4) are at hand; returns it.
     */
    int checkCommandLength(byte[] src, int offset, int available) throws PduDecodeException {
        if (available < 4) {
            throw lengthError("only " + available + " octet(s); a PDU starts with a 4-octet command_length", src, offset, available);
        }
        int commandLength = PduDecoder.int32(src, offset);
        if (commandLength < HEADER_LENGTH || commandLength > maxCommandLength) {
            // Behind a too-short length the rest of the "header" means nothing.
            boolean tooShort = commandLength >= 0 && commandLength < HEADER_LENGTH;
            throw lengthError("command_length " + Integer.toUnsignedString(commandLength) + " is outside " + HEADER_LENGTH
                    + " to " + maxCommandLength, src, offset, tooShort ? 4 : available);
        }
        return commandLength;
    }

    /** Decodes a frame whose command_length was checked and whose octets are all present. */
    Pdu decodeFrame(byte[] src, int offset, int commandLength) throws PduDecodeException {
        return PduDecoder.decodeFrame(src, offset, commandLength, strictTlvLengths);
    }

    /** A fatal error: the framing cannot be trusted. Names the PDU when the header is at hand. */
    static PduDecodeException lengthError(String problem, byte[] src, int offset, int available) {
        if (available >= HEADER_LENGTH) {
            int id = PduDecoder.int32(src, offset + 4);
            int seq = PduDecoder.int32(src, offset + 12);
            return new PduDecodeException(problem, CommandStatus.ESME_RINVCMDLEN, false, true, id, seq);
        }
        return new PduDecodeException(problem, CommandStatus.ESME_RINVCMDLEN, false, false, 0, 0);
    }
}
