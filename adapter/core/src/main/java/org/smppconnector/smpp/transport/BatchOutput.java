package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Where a {@link PduWriter}'s batches go. Used by one flusher at a time.
 *
 * <p>A plain socket made by {@link Connector} is written through its channel from a direct
 * buffer of the connection's own. Writing a heap array through the socket's stream would go
 * through the JDK's per-thread cache of temporary direct buffers ({@code sun.nio.ch.Util}),
 * which gives every thread that ever writes a socket a 4 KB array of cache slots for its
 * life: with callers' threads writing, that is most of an idle session's heap.
 */
abstract class BatchOutput {

    /** Writes the whole batch (blocking). */
    abstract void write(byte[] batch, int length) throws IOException;

    /** The connection is quiet: give back what only a large batch needed. */
    abstract void trim();

    /** Native octets held now (0 for a stream). */
    abstract int directCapacity();

    static BatchOutput of(ConnectedSocket socket) throws IOException {
        SocketChannel channel = socket.plainChannel();
        return channel != null ? new ChannelOutput(channel) : new StreamOutput(socket.output());
    }

    /** TLS, or a socket without a channel: its stream. */
    private static final class StreamOutput extends BatchOutput {
        private final OutputStream out;

        StreamOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        void write(byte[] batch, int length) throws IOException {
            out.write(batch, 0, length);
        }

        @Override
        void trim() {
        }

        @Override
        int directCapacity() {
            return 0;
        }
    }

    /**
     * A plain channel, from a direct buffer (allocated on first use) that grows to the largest
     * batch and stays so while the connection is busy: a direct buffer is dear to allocate and
     * is only freed by the garbage collector, so it must not come and go with each burst.
     * {@link #trim()}, when the connection is quiet, takes it back to {@link #RETAINED} octets.
     */
    static final class ChannelOutput extends BatchOutput {
        /** Kept while idle: a few PDUs, as large as the read buffer. */
        static final int RETAINED = 1024;

        private final SocketChannel channel;
        private ByteBuffer direct;

        ChannelOutput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        void write(byte[] batch, int length) throws IOException {
            ByteBuffer buffer = direct;
            if (buffer == null || buffer.capacity() < length) {
                buffer = ByteBuffer.allocateDirect(Math.max(RETAINED, Integer.highestOneBit(length - 1) << 1));
                direct = buffer;
            }
            buffer.clear();
            buffer.put(batch, 0, length);
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer); // blocking mode: returns once the socket took some
            }
        }

        @Override
        void trim() {
            if (direct != null && direct.capacity() > RETAINED) {
                direct = null;
            }
        }

        @Override
        int directCapacity() {
            return direct == null ? 0 : direct.capacity();
        }
    }
}
