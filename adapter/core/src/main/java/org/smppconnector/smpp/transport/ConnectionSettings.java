package org.smppconnector.smpp.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How a {@link PduConnection} buffers.
 *
 * @param readBufferSize  octets read per socket read; held for the connection's life, so small
 *                        (an idle bound session should cost a few KB). A PDU larger than this is
 *                        assembled by the frame decoder, whose buffer is dropped again once the
 *                        PDU is complete and nothing else is pending.
 * @param maxPendingBytes output octets that may wait for the socket (besides the batch being
 *                        written); a writer finding it full waits up to {@code writeTimeout}.
 *                        A single PDU larger than this is still accepted when nothing waits.
 * @param writeTimeout    how long {@link PduConnection#write} waits for room before it gives up
 * @param nanoClock       time source for the last read/write times ({@code System::nanoTime}
 *                        unless a test or a session clock supplies another)
 */
public record ConnectionSettings(int readBufferSize, int maxPendingBytes, Duration writeTimeout, LongSupplier nanoClock) {

    public static final int DEFAULT_READ_BUFFER_SIZE = 1024;
    public static final int DEFAULT_MAX_PENDING_BYTES = 64 * 1024;
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);

    public ConnectionSettings {
        if (readBufferSize < 64) {
            throw new IllegalArgumentException("readBufferSize must be at least 64: " + readBufferSize);
        }
        if (maxPendingBytes < 1024) {
            throw new IllegalArgumentException("maxPendingBytes must be at least 1024: " + maxPendingBytes);
        }
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("writeTimeout must be positive: " + writeTimeout);
        }
        Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** 1 KiB reads, 64 KiB of pending output, 10 s write timeout, System.nanoTime. */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(DEFAULT_READ_BUFFER_SIZE, DEFAULT_MAX_PENDING_BYTES, DEFAULT_WRITE_TIMEOUT, System::nanoTime);
    }

    public ConnectionSettings withReadBufferSize(int size) {
        return new ConnectionSettings(size, maxPendingBytes, writeTimeout, nanoClock);
    }

    public ConnectionSettings withMaxPendingBytes(int bytes) {
        return new ConnectionSettings(readBufferSize, bytes, writeTimeout, nanoClock);
    }

    public ConnectionSettings withWriteTimeout(Duration timeout) {
        return new ConnectionSettings(readBufferSize, maxPendingBytes, timeout, nanoClock);
    }

    public ConnectionSettings withNanoClock(LongSupplier clock) {
        return new ConnectionSettings(readBufferSize, maxPendingBytes, writeTimeout, clock);
    }
}
