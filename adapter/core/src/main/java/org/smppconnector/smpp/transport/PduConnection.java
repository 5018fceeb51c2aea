package org.smppconnector.smpp.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduEncodeException;

/**
 * One SMPP connection's byte-moving layer: PDUs in through a reader task, PDUs out through a
 * batching writer, and the connection's life and counters. It knows nothing of binds, windows
 * or keepalive; the session builds those on top.
 *
 * <pre>{@code
 * PduConnection connection = new PduConnection(connector.connect(host, port), codec, ConnectionSettings.defaults());
 * connection.start(executor, listener);          // the reader runs on the executor
 * long ticket = connection.write(submitSm);      // from any thread
 * ...
 * connection.writeStatus(ticket);                // WRITTEN, QUEUED, UNCERTAIN, NOT_WRITTEN
 * connection.close();                            // listener.onClosed(LOCAL), reader task returns
 * }</pre>
 *
 * <p>Threads: the reader occupies one executor thread for the connection's life (blocking
 * sockets: one blocked read per connection) and makes every listener call. Writes run on the
 * callers' threads; see {@link #write(Pdu)}. No thread is created here.
 */
public final class PduConnection implements Closeable {

    private static final System.Logger LOG = System.getLogger(PduConnection.class.getName());

    private final ConnectedSocket socket;
    private final PduCodec codec;
    private final ConnectionSettings settings;
    private final PduWriter writer;
    private final AtomicReference<ConnectionClosedException> closeReason = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch readerDone = new CountDownLatch(1);
    private final long createdNanos;
    private volatile PduReader reader;

    /** Wraps a connected socket; nothing is read until {@link #start}. */
    public PduConnection(ConnectedSocket socket, PduCodec codec, ConnectionSettings settings) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.createdNanos = settings.nanoClock().getAsLong();
        try {
            this.writer = new PduWriter(BatchOutput.of(socket), codec, settings,
                    e -> closeFor(CloseReason.WRITE_FAILED, "write failed: " + e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException("socket " + socket + " has no output stream", e);
        }
    }

    /**
     * Submits the reader task, which delivers every PDU to {@code listener} and ends with one
     * {@link PduListener#onClosed}. Once only. The executor must run the task on another thread
     * (a work manager, a pool, virtual threads); the task holds that thread until the close.
     * Interrupting that thread closes a plain connection made by {@link Connector} (its reader
     * reads a channel), as stopping a work manager's work should.
     *
     * @throws RejectedExecutionException when the executor refuses the task; the connection is
     *                                    then closed and the listener is not called
     */
    public void start(Executor executor, PduListener listener) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(listener, "listener");
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started: " + socket);
        }
        PduReader task;
        try {
            task = new PduReader(this, socket.input(), socket.plainChannel(), codec, settings, listener);
        } catch (IOException e) {
            closeFor(CloseReason.READ_FAILED, "socket has no input stream: " + e.getMessage(), e);
            task = new PduReader(this, InputStream.nullInputStream(), null, codec, settings, listener);
        }
        reader = task;
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            closeFor(CloseReason.LOCAL, "the executor refused the reader task", e);
            readerDone.countDown();
            throw e;
        }
    }

    /**
     * Queues the PDU for sending and returns its ticket: a number that {@link #writeStatus},
     * {@link #isWritten} and {@link #awaitWritten} turn into where the PDU stands. Thread-safe.
     *
     * <p>The PDU is encoded on the calling thread into the shared output buffer. If no other
     * caller is writing to the socket, this caller does, and keeps writing what other callers
     * add meanwhile until nothing is left (group commit; under a steady load one caller can thus
     * stay a while). Otherwise it returns at once and its octets go out with the flush in
     * progress. So a return does not mean written; the ticket tells.
     *
     * <p>A socket failure during the flush is not thrown here: the connection closes ({@link
     * CloseReason#WRITE_FAILED}, reported to the listener) and the tickets say which PDUs may
     * have reached the peer.
     *
     * @throws PduEncodeException         when a field holds what the spec does not allow; nothing was queued
     * @throws WriteTimeoutException      when the output buffer stayed full for the write timeout; nothing was queued
     * @throws ConnectionClosedException  when the connection is closed, at once
     * @throws InterruptedException       when interrupted while waiting for room; nothing was queued
     */
    public long write(Pdu pdu) throws ConnectionClosedException, WriteTimeoutException, InterruptedException {
        return writer.write(pdu);
    }

    /** Where the PDU with this ticket stands; cheap for a written one. */
    public WriteStatus writeStatus(long ticket) {
        return writer.status(ticket);
    }

    /** Whether the socket accepted every octet of the PDU with this ticket. */
    public boolean isWritten(long ticket) {
        return writer.status(ticket) == WriteStatus.WRITTEN;
    }

    /**
     * Waits until the PDU with this ticket is written, the connection closes, or the timeout
     * passes; returns its status then (QUEUED after a timeout). E.g. unbind_resp, then close.
     */
    public WriteStatus awaitWritten(long ticket, long timeout, TimeUnit unit) throws InterruptedException {
        return writer.awaitWritten(ticket, unit.toNanos(timeout));
    }

    /** Ticket of the last PDU accepted by {@link #write}; 0 before the first. */
    public long lastTicket() {
        return writer.lastTicket();
    }

    /**
     * Closes the connection ({@link CloseReason#LOCAL}): the socket closes, queued PDUs are
     * dropped, writes fail from now on, the reader wakes, tells the listener and returns.
     * Idempotent; never blocks on the peer. Does not wait for the reader: see {@link #awaitClosed}.
     */
    @Override
    public void close() {
        closeFor(CloseReason.LOCAL, "closed locally", null);
    }

    public boolean isClosed() {
        return closeReason.get() != null;
    }

    /** Why the connection closed (the exception writes throw), or null while open. */
    public ConnectionClosedException closeReason() {
        return closeReason.get();
    }

    /**
     * Waits until the reader task has told the listener and returned (false on timeout, or when
     * {@link #start} was never called).
     */
    public boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return readerDone.await(timeout, unit);
    }

    public ConnectionStats stats() {
        PduReader r = reader;
        return new ConnectionStats(r == null ? 0 : r.pdusRead(), r == null ? 0 : r.bytesRead(), lastReadNanos(),
                writer.pdusWritten(), writer.bytesWritten(), writer.socketWrites(), writer.lastWriteNanos());
    }

    /** Nano clock time of the last octets read (connection creation when none). */
    public long lastReadNanos() {
        PduReader r = reader;
        return r == null ? createdNanos : r.lastReadNanos();
    }

    /** Nano clock time the socket last accepted a batch (connection creation when none). */
    public long lastWriteNanos() {
        return writer.lastWriteNanos();
    }

    /**
     * Octets of buffer this connection holds now: the read buffer, what the frame decoder holds,
     * and the output buffers. Not the socket's own objects, nor a batch a flusher is writing, nor
     * the native read buffer of a plain connection (as large as the read buffer).
     * An approximation for monitoring, read without locking the reader.
     */
    public int retainedBufferBytes() {
        PduReader r = reader;
        return (r == null ? 0 : r.bufferedCapacity()) + writer.bufferCapacity();
    }

    /**
     * Gives back what the output grew to for large batches (a plain connection's direct buffer),
     * when nothing is being written. Call it when the connection has been quiet a while (the
     * session does on each keepalive probe); the buffer grows again if needed.
     */
    public void trimBuffers() {
        writer.trim();
    }

    /** Native octets of the output's own direct buffer (plain channels), -1 while a flush runs; for tests. */
    int outputDirectCapacity() {
        return writer.directCapacity();
    }

    public ConnectedSocket socket() {
        return socket;
    }

    /** The reader task once started (for tests that look at its decoder). */
    PduReader readerTask() {
        return reader;
    }

    /** Closes for {@code reason} unless already closed; returns the reason that won. */
    ConnectionClosedException closeFor(CloseReason reason, String message, Throwable cause) {
        ConnectionClosedException candidate = new ConnectionClosedException(reason, message + " (" + socket + ")", cause);
        if (!closeReason.compareAndSet(null, candidate)) {
            return closeReason.get();
        }
        writer.close(candidate);
        socket.close();
        return candidate;
    }

    /** Lets the listener's last writes out before a close the reader decided on (bounded by the write timeout). */
    void awaitAllWritten() {
        try {
            writer.awaitWritten(writer.lastTicket(), settings.writeTimeout().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void readerFinished(PduListener listener, ConnectionClosedException reason) {
        try {
            ConnectionClosedException r = reason != null ? reason : closeFor(CloseReason.READ_FAILED, "reader ended", null);
            listener.onClosed(r);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PduListener.onClosed threw for " + socket, e);
        } finally {
            readerDone.countDown();
        }
    }
}
