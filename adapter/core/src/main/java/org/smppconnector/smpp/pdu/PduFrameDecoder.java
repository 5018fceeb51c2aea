package org.smppconnector.smpp.pdu;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Cuts a byte stream that arrives in arbitrary chunks into PDUs, by their command_length.
 * One per connection; not thread-safe.
 *
 * <pre>{@code
 * PduFrameDecoder frames = new PduFrameDecoder(codec);
 * while ((n = in.read(buf)) > 0) {
 *     frames.feed(buf, 0, n);
 *     Pdu pdu;
 *     while ((pdu = frames.next()) != null) {   // throws PduDecodeException
 *         handle(pdu);
 *     }
 * }
 * }</pre>
 *
 * <p>Complete PDUs are decoded straight from the fed array, so {@code buf} must stay unchanged
 * until {@link #next()} has returned null. Only the tail of a PDU that is not complete yet is
 * copied (into a buffer that grows with what arrived, never beyond that PDU's command_length).
 * Feeding before draining is allowed; the undrained octets are then copied.
 *
 * <p>When {@code next()} throws a {@link PduDecodeException} that {@linkplain
 * PduDecodeException#canContinue() can continue}, the bad frame was consumed and {@code next()}
 * goes on with the following one. When it cannot, the stream has lost its framing: every later
 * {@code next()} throws the same exception, fed octets are dropped, until {@link #reset()}.
 */
public final class PduFrameDecoder {

    private static final int HEADER_LENGTH = PduCodec.HEADER_LENGTH;
    private static final byte[] EMPTY = new byte[0];

    private final PduCodec codec;
    private final int maxCommandLength;

    /** Octets of the frame(s) in progress, copied from earlier chunks: acc[accStart, accEnd). */
    private byte[] acc = EMPTY;
    private int accStart;
    private int accEnd;

    /** The caller's current chunk; chunk[chunkPos, chunkEnd) is not consumed yet. */
    private byte[] chunk = EMPTY;
    private int chunkPos;
    private int chunkEnd;

    private PduDecodeException failure;

    public PduFrameDecoder(PduCodec codec) {
        this.codec = codec;
        this.maxCommandLength = codec.maxCommandLength();
    }

    /** Adds octets; they are read by the following {@link #next()} calls, so leave them unchanged until it returns null. */
    public void feed(byte[] src, int offset, int length) {
        if (offset < 0 || length < 0 || length > src.length - offset) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + src.length);
        }
        if (failure != null) {
            return;
        }
        if (chunkPos < chunkEnd) {
            append(chunk, chunkPos, chunkEnd - chunkPos, Integer.MAX_VALUE);
        }
        chunk = src;
        chunkPos = offset;
        chunkEnd = offset + length;
    }

    /**
     * Adds the buffer's remaining octets and consumes them (position = limit). A heap buffer's
     * array is read in place, like {@link #feed(byte[], int, int)}; a direct buffer is copied.
     */
    public void feed(ByteBuffer src) {
        int length = src.remaining();
        if (src.hasArray()) {
            feed(src.array(), src.arrayOffset() + src.position(), length);
        } else if (failure == null) {
            if (chunkPos < chunkEnd) {
                append(chunk, chunkPos, chunkEnd - chunkPos, Integer.MAX_VALUE);
                chunkPos = chunkEnd;
            }
            ensureRoom(length, Integer.MAX_VALUE);
            src.duplicate().get(acc, accEnd, length);
            accEnd += length;
        }
        src.position(src.limit());
    }

    /**
     * The next complete PDU, or null when more octets are needed.
     *
     * @throws PduDecodeException when the next frame is not a valid PDU (see the class comment)
     */
    public Pdu next() throws PduDecodeException {
        if (failure != null) {
            throw failure;
        }
        if (accEnd > accStart) {
            return nextFromBuffer();
        }
        int available = chunkEnd - chunkPos;
        if (available < 4) {
            moveChunkToBuffer(Integer.MAX_VALUE);
            return null;
        }
        int length = PduDecoder.int32(chunk, chunkPos);
        if (length < HEADER_LENGTH || length > maxCommandLength) {
            if (tooLong(length) && available < HEADER_LENGTH) {
                // Wait for the header, so that the error can name the PDU the peer sent.
                moveChunkToBuffer(HEADER_LENGTH);
                return null;
            }
            throw fail(chunk, chunkPos, length, available);
        }
        if (available < length) {
            moveChunkToBuffer(length);
            return null;
        }
        int start = chunkPos;
        chunkPos += length;
        return codec.decodeFrame(chunk, start, length);
    }

    /** Octets held (copied or fed) that are not yet part of a returned PDU. */
    public int bufferedBytes() {
        return (accEnd - accStart) + (chunkEnd - chunkPos);
    }

    /** Forgets all octets and any failure, as for a new connection. */
    public void reset() {
        acc = EMPTY;
        accStart = accEnd = 0;
        chunk = EMPTY;
        chunkPos = chunkEnd = 0;
        failure = null;
    }

    private Pdu nextFromBuffer() throws PduDecodeException {
        if (accEnd - accStart < 4) {
            pull(4 - (accEnd - accStart), Integer.MAX_VALUE);
            if (accEnd - accStart < 4) {
                return null;
            }
        }
        int length = PduDecoder.int32(acc, accStart);
        if (length < HEADER_LENGTH || length > maxCommandLength) {
            if (tooLong(length) && accEnd - accStart < HEADER_LENGTH) {
                pull(HEADER_LENGTH - (accEnd - accStart), HEADER_LENGTH);
                if (accEnd - accStart < HEADER_LENGTH) {
                    return null;
                }
            }
            throw fail(acc, accStart, length, accEnd - accStart);
        }
        int have = accEnd - accStart;
        if (have < length) {
            pull(length - have, length);
            if (accEnd - accStart < length) {
                return null;
            }
        }
        int start = accStart;
        accStart += length;
        if (accStart == accEnd) {
            // The frame's octets stay in place until the next copy into the buffer, after this decode.
            accStart = accEnd = 0;
        }
        return codec.decodeFrame(acc, start, length);
    }

    private PduDecodeException fail(byte[] src, int offset, int length, int available) {
        // A too-short length makes the rest of the header meaningless; a too-long one came with a real header.
        int headerAvailable = tooLong(length) ? Math.min(available, HEADER_LENGTH) : 4;
        failure = PduCodec.lengthError("command_length " + Integer.toUnsignedString(length) + " is outside " + HEADER_LENGTH
                + " to " + maxCommandLength, src, offset, headerAvailable);
        acc = EMPTY;
        accStart = accEnd = 0;
        chunk = EMPTY;
        chunkPos = chunkEnd = 0;
        return failure;
    }

    /** Whether an invalid command_length is too long (rather than shorter than a header); lengths are unsigned. */
    private boolean tooLong(int length) {
        return length < 0 || length > maxCommandLength;
    }

    /** Moves up to {@code wanted} octets from the chunk to the buffer. */
    private void pull(int wanted, int frameLength) {
        int n = Math.min(wanted, chunkEnd - chunkPos);
        if (n > 0) {
            append(chunk, chunkPos, n, frameLength);
            chunkPos += n;
        }
    }

    private void moveChunkToBuffer(int frameLength) {
        pull(chunkEnd - chunkPos, frameLength);
    }

    private void append(byte[] src, int offset, int length, int frameLength) {
        ensureRoom(length, frameLength);
        System.arraycopy(src, offset, acc, accEnd, length);
        accEnd += length;
    }

    /**
     * Makes room for {@code length} more octets. Grows geometrically for a peer that trickles, but
     * never past the frame being assembled, so a declared length alone allocates nothing.
     */
    private void ensureRoom(int length, int frameLength) {
        if (acc.length - accEnd >= length) {
            return;
        }
        int held = accEnd - accStart;
        if (accStart > 0) {
            System.arraycopy(acc, accStart, acc, 0, held);
            accStart = 0;
            accEnd = held;
            if (acc.length - accEnd >= length) {
                return;
            }
        }
        int needed = held + length;
        long doubled = Math.max(64L, acc.length * 2L);
        int capacity = (int) Math.max(needed, Math.min(doubled, frameLength));
        acc = Arrays.copyOf(acc, capacity);
    }
}
