package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;

/**
 * The output side of a {@link PduConnection}: group commit. Callers encode into a shared pending
 * buffer under a short lock. A caller that finds no flush in progress becomes the flusher: it
 * swaps the pending buffer for a spare one and writes the batch with one socket write outside
 * the lock, then goes on while others have appended meanwhile. Callers that find a flush in
 * progress return at once; the flusher writes their octets next. Under load this turns many
 * PDUs into one system call; with one caller it is one write per PDU, as without batching.
 *
 * <p>Each accepted PDU gets a ticket: the stream offset just after its last octet. Three
 * counters (encoded, handed to a socket write, accepted by the socket) tell where any ticket
 * stands, without a per-PDU object.
 *
 * <p>Bounded: at most {@code maxPendingBytes} wait besides the batch being written; a caller
 * finding no room waits up to the write timeout. The buffers grow with the load and are given
 * back when a flush leaves nothing pending, so an idle connection holds at most one small one.
 */
final class PduWriter {

    private static final byte[] EMPTY = {};
    /** First allocation: one or two submit_sm; doubles from there under load. */
    static final int INITIAL_CAPACITY = 256;
    /** Largest buffer kept once the connection goes idle; larger ones are dropped, not shrunk. */
    static final int IDLE_RETAINED = 256;

    private final BatchOutput out;
    private final PduCodec codec;
    private final int maxPendingBytes;
    private final long writeTimeoutNanos;
    private final LongSupplier clock;
    private final Consumer<IOException> onWriteFailure;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when room is freed or a batch was written, and on close; only when someone waits. */
    private final Condition progress = lock.newCondition();
    private int waiters;

    private byte[] pending = EMPTY;
    private int pendingLength;
    private int pendingPdus;
    private byte[] spare = EMPTY;
    private boolean flushing;
    private ConnectionClosedException closed;
    /** Octets accepted by write(): the last ticket given. */
    private long encodedEnd;

    // Written under the lock, read without it.
    private volatile long attemptedEnd;
    private volatile long writtenEnd;
    private volatile long pdusWritten;
    private volatile long socketWrites;
    private volatile long lastWriteNanos;

    PduWriter(BatchOutput out, PduCodec codec, ConnectionSettings settings, Consumer<IOException> onWriteFailure) {
        this.out = out;
        this.codec = codec;
        this.maxPendingBytes = settings.maxPendingBytes();
        this.writeTimeoutNanos = settings.writeTimeout().toNanos();
        this.clock = settings.nanoClock();
        this.onWriteFailure = onWriteFailure;
        this.lastWriteNanos = clock.getAsLong();
    }

    /** See {@link PduConnection#write(Pdu)}. */
    long write(Pdu pdu) throws ConnectionClosedException, WriteTimeoutException, InterruptedException {
        int length = codec.encodedLength(pdu); // a PduEncodeException goes to this caller only, before any lock
        lock.lock();
        try {
            awaitRoom(length);
            ensureCapacity(length);
            int end = codec.encode(pdu, pending, pendingLength); // fails whole, before counting anything
            encodedEnd += end - pendingLength;
            pendingLength = end;
            pendingPdus++;
            long ticket = encodedEnd;
            if (!flushing) {
                flushAll();
            }
            return ticket;
        } finally {
            lock.unlock();
        }
    }

    private void awaitRoom(int length) throws ConnectionClosedException, WriteTimeoutException, InterruptedException {
        long left = writeTimeoutNanos;
        while (closed == null && pendingLength > 0 && pendingLength + length > maxPendingBytes) {
            if (left <= 0) {
                throw new WriteTimeoutException("no room for " + length + " octets in " + TimeUnit.NANOSECONDS.toMillis(writeTimeoutNanos)
                        + " ms: " + pendingLength + " octets wait for the peer to read");
            }
            waiters++;
            try {
                left = progress.awaitNanos(left);
            } finally {
                waiters--;
            }
        }
        if (closed != null) {
            throw closed;
        }
    }

    private void ensureCapacity(int length) {
        int needed = pendingLength + length;
        if (needed <= pending.length) {
            return;
        }
        int doubled = Math.min(Math.max(INITIAL_CAPACITY, pending.length * 2), maxPendingBytes);
        byte[] grown = new byte[Math.max(needed, doubled)];
        System.arraycopy(pending, 0, grown, 0, pendingLength);
        pending = grown;
    }

    /** Writes batches until nothing is pending. Called and returns with the lock held. */
    private void flushAll() {
        flushing = true;
        IOException failure = null;
        try {
            while (pendingLength > 0 && closed == null) {
                byte[] batch = pending;
                int length = pendingLength;
                int pdus = pendingPdus;
                pending = spare;
                spare = EMPTY;
                pendingLength = 0;
                pendingPdus = 0;
                attemptedEnd += length;
                signalWaiters();
                lock.unlock();
                // A channel's stream (and any socket on a virtual thread) closes the connection when
                // the writing thread is interrupted; one caller's interrupt must not cost everyone it.
                boolean interrupted = Thread.interrupted();
                try {
                    out.write(batch, length);
                } catch (IOException e) {
                    failure = e;
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    lock.lock();
                }
                if (failure != null) {
                    break;
                }
                pdusWritten += pdus;
                socketWrites++;
                lastWriteNanos = clock.getAsLong();
                writtenEnd += length; // last: who sees a ticket written sees the counters that go with it
                // Keep the batch for reuse while busy; once idle keep only a small one.
                if (pendingLength > 0 || batch.length <= IDLE_RETAINED) {
                    spare = batch;
                }
                signalWaiters();
            }
            if (pendingLength == 0) {
                // Idle: keep one small buffer for the next PDU, and no spare.
                if (pending.length > IDLE_RETAINED) {
                    pending = EMPTY;
                }
                if (pending.length == 0 && spare.length <= IDLE_RETAINED) {
                    pending = spare;
                }
                spare = EMPTY;
            }
        } finally {
            flushing = false;
        }
        if (failure != null) {
            lock.unlock();
            try {
                onWriteFailure.accept(failure); // closes the connection, which closes this writer
            } finally {
                lock.lock();
            }
        }
    }

    private void signalWaiters() {
        if (waiters > 0) {
            progress.signalAll();
        }
    }

    /** See {@link PduConnection#writeStatus(long)}. */
    WriteStatus status(long ticket) {
        if (ticket <= writtenEnd) {
            return WriteStatus.WRITTEN;
        }
        lock.lock();
        try {
            return statusLocked(ticket);
        } finally {
            lock.unlock();
        }
    }

    private WriteStatus statusLocked(long ticket) {
        if (ticket <= writtenEnd) {
            return WriteStatus.WRITTEN;
        }
        if (closed == null) {
            return WriteStatus.QUEUED;
        }
        return ticket <= attemptedEnd ? WriteStatus.UNCERTAIN : WriteStatus.NOT_WRITTEN;
    }

    /** See {@link PduConnection#awaitWritten(long, long, TimeUnit)}. */
    WriteStatus awaitWritten(long ticket, long timeoutNanos) throws InterruptedException {
        if (ticket <= writtenEnd) {
            return WriteStatus.WRITTEN;
        }
        lock.lock();
        try {
            long left = timeoutNanos;
            while (ticket > writtenEnd && closed == null && left > 0) {
                waiters++;
                try {
                    left = progress.awaitNanos(left);
                } finally {
                    waiters--;
                }
            }
            return statusLocked(ticket);
        } finally {
            lock.unlock();
        }
    }

    /** The ticket of the last PDU accepted (0 when none). */
    long lastTicket() {
        lock.lock();
        try {
            return encodedEnd;
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further writes, drops what is pending (never written) and wakes every waiter. */
    void close(ConnectionClosedException reason) {
        lock.lock();
        try {
            if (closed == null) {
                closed = reason;
            }
            pending = EMPTY;
            spare = EMPTY;
            pendingLength = 0;
            pendingPdus = 0;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long bytesWritten() {
        return writtenEnd;
    }

    long pdusWritten() {
        return pdusWritten;
    }

    long socketWrites() {
        return socketWrites;
    }

    long lastWriteNanos() {
        return lastWriteNanos;
    }

    /** Gives back the output buffer a large batch needed, unless a flush is under way or octets wait. */
    void trim() {
        lock.lock();
        try {
            if (!flushing && pendingLength == 0 && closed == null) {
                out.trim();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Native octets the output holds now (a plain channel's direct buffer). */
    int directCapacity() {
        lock.lock();
        try {
            return flushing ? -1 : out.directCapacity();
        } finally {
            lock.unlock();
        }
    }

    /** Capacity of the output buffers held now (not counting a batch a flusher is writing). */
    int bufferCapacity() {
        lock.lock();
        try {
            return pending.length + spare.length;
        } finally {
            lock.unlock();
        }
    }
}
