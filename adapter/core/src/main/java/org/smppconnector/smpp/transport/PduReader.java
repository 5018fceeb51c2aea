package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.function.LongSupplier;

import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;
import org.smppconnector.smpp.pdu.PduFrameDecoder;

/**
 * The reader task of a {@link PduConnection}: blocks on the socket, cuts what arrives into PDUs
 * and hands them to the listener, until the connection closes; then tells the listener and
 * returns its thread to the executor.
 *
 * <p>Memory: one read buffer of {@link ConnectionSettings#readBufferSize()} octets. A PDU split
 * across reads is assembled in the frame decoder's own buffer, which grows no further than that
 * PDU; the decoder is reset (its buffer dropped) whenever the octets read so far were all whole
 * PDUs, which is the case on any connection at rest.
 *
 * <p>On a plain connection made by {@link Connector} the reader reads through the socket's
 * channel into a direct buffer of its own (the same size, native memory) and copies from there.
 * A socket stream would read through the JDK's per-thread cache of temporary direct buffers,
 * which every reader thread would then keep for its life (a few KB of heap per session).
 */
final class PduReader implements Runnable {

    private final PduConnection connection;
    private final InputStream in;
    /** When not null, read instead of {@link #in}. */
    private final ReadableByteChannel channel;
    private final PduCodec codec;
    private final int bufferSize;
    private final LongSupplier clock;
    private final PduListener listener;

    private volatile PduFrameDecoder frames;
    private volatile long pdusRead;
    private volatile long bytesRead;
    private volatile long lastReadNanos;

    PduReader(PduConnection connection, InputStream in, ReadableByteChannel channel, PduCodec codec,
              ConnectionSettings settings, PduListener listener) {
        this.connection = connection;
        this.in = in;
        this.channel = channel;
        this.codec = codec;
        this.bufferSize = settings.readBufferSize();
        this.clock = settings.nanoClock();
        this.listener = listener;
        this.lastReadNanos = clock.getAsLong();
    }

    @Override
    public void run() {
        ConnectionClosedException reason = null;
        try {
            reason = readUntilClosed();
        } catch (RuntimeException | Error e) {
            reason = connection.closeFor(CloseReason.READ_FAILED, "reader failed: " + e, e);
            throw e;
        } finally {
            frames = null;
            connection.readerFinished(listener, reason);
        }
    }

    private ConnectionClosedException readUntilClosed() {
        byte[] buffer = new byte[bufferSize];
        ByteBuffer direct = channel == null ? null : ByteBuffer.allocateDirect(bufferSize);
        PduFrameDecoder decoder = new PduFrameDecoder(codec);
        frames = decoder;
        while (true) {
            int n;
            try {
                n = direct == null ? in.read(buffer) : readChannel(direct, buffer);
            } catch (IOException e) {
                return connection.closeFor(CloseReason.READ_FAILED, "read failed: " + e.getMessage(), e);
            }
            if (n < 0) {
                int partial = decoder.bufferedBytes();
                return connection.closeFor(CloseReason.PEER_CLOSED, partial == 0 ? "the peer closed the connection"
                        : "the peer closed the connection in the middle of a PDU (" + partial + " octets of it dropped)", null);
            }
            bytesRead += n;
            lastReadNanos = clock.getAsLong();
            decoder.feed(buffer, 0, n);
            ConnectionClosedException closed = drain(decoder);
            if (closed != null) {
                return closed;
            }
            if (decoder.bufferedBytes() == 0) {
                decoder.reset(); // drops the assembly buffer a large or split PDU made it grow
            }
        }
    }

    /** One blocking channel read into {@code direct}, copied to {@code buffer}; -1 at the end of the stream. */
    private int readChannel(ByteBuffer direct, byte[] buffer) throws IOException {
        direct.clear();
        int n = channel.read(direct);
        if (n > 0) {
            direct.flip();
            direct.get(buffer, 0, n);
        }
        return n;
    }

    /** Hands every complete PDU to the listener; returns the close reason when the connection closed meanwhile. */
    private ConnectionClosedException drain(PduFrameDecoder decoder) {
        while (!connection.isClosed()) {
            Pdu pdu;
            try {
                pdu = decoder.next();
            } catch (PduDecodeException e) {
                ConnectionClosedException failed = onDecodeError(e);
                if (failed != null) {
                    return failed;
                }
                continue;
            }
            if (pdu == null) {
                return null;
            }
            pdusRead++; // single writer; counted before the listener sees it
            try {
                listener.onPdu(pdu);
            } catch (RuntimeException e) {
                return listenerFailed("onPdu", e);
            }
        }
        return connection.closeReason();
    }

    private ConnectionClosedException onDecodeError(PduDecodeException e) {
        try {
            listener.onDecodeError(e);
        } catch (RuntimeException failure) {
            return listenerFailed("onDecodeError", failure);
        }
        if (e.canContinue()) {
            return null;
        }
        connection.awaitAllWritten(); // the listener's generic_nack goes out before the close
        return connection.closeFor(CloseReason.DECODE_ERROR, "the peer's octets lost the PDU framing: " + e.getMessage(), e);
    }

    private ConnectionClosedException listenerFailed(String method, RuntimeException e) {
        return connection.closeFor(CloseReason.LISTENER_FAILED, "PduListener." + method + " threw " + e, e);
    }

    long pdusRead() {
        return pdusRead;
    }

    long bytesRead() {
        return bytesRead;
    }

    long lastReadNanos() {
        return lastReadNanos;
    }

    /** The frame decoder while the reader runs, else null. */
    PduFrameDecoder frameDecoder() {
        return frames;
    }

    /** The read buffer plus the octets the frame decoder holds (0 when the reader is not running). */
    int bufferedCapacity() {
        PduFrameDecoder decoder = frames;
        return decoder == null ? 0 : bufferSize + decoder.bufferedBytes();
    }
}
