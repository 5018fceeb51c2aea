package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.io.InputStream;
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
 */
final class PduReader implements Runnable {

    private final PduConnection connection;
    private final InputStream in;
    private final PduCodec codec;
    private final int bufferSize;
    private final LongSupplier clock;
    private final PduListener listener;

    private volatile PduFrameDecoder frames;
    private volatile long pdusRead;
    private volatile long bytesRead;
    private volatile long lastReadNanos;

    PduReader(PduConnection connection, InputStream in, PduCodec codec, ConnectionSettings settings, PduListener listener) {
        this.connection = connection;
        this.in = in;
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
        PduFrameDecoder decoder = new PduFrameDecoder(codec);
        frames = decoder;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
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

    /** Hands every complete PDU to the listener; returns the close reason when the connection closed meanwhile. */
    private ConnectionClosedException drain(PduFrameDecoder decoder) {
        long count = 0;
        try {
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
                count++;
                try {
                    listener.onPdu(pdu);
                } catch (RuntimeException e) {
                    return listenerFailed("onPdu", e);
                }
            }
            return connection.closeReason();
        } finally {
            pdusRead += count;
        }
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

    /** The read buffer plus the octets the frame decoder holds (0 when the reader is not running). */
    int bufferedCapacity() {
        PduFrameDecoder decoder = frames;
        return decoder == null ? 0 : bufferSize + decoder.bufferedBytes();
    }
}
