package org.smppconnector.smpp.session;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;

/**
 * One request holding a slot of a {@link Window}, and the future of its response. It is the
 * window's only allocation per request.
 *
 * <p>Its life: PENDING (has a sequence number, not yet on the wire) -> WRITTEN
 * ({@link #markWritten()}, just before its bytes go to the connection) -> DONE (response,
 * failure, expiry or connection loss, decided by one compare-and-set, so exactly one of them
 * wins). Completing or cancelling the future from outside only detaches the caller: the slot
 * stays taken until the window itself ends the request, so the SMSC's window is never
 * overrun by requests it still counts.
 */
public final class InFlightRequest<Q, R> extends CompletableFuture<R> {

    static final int PENDING = 0;
    static final int WRITTEN = 1;
    static final int DONE = 2;

    private static final VarHandle STATE;
    private static final VarHandle DEADLINE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            STATE = lookup.findVarHandle(InFlightRequest.class, "state", int.class);
            DEADLINE = lookup.findVarHandle(InFlightRequest.class, "deadlineNanos", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Q request;
    /** Whether it holds one of the window's permits (control requests do not). */
    final boolean counted;
    /** Set before the slot's compare-and-set publishes this object; fixed after. */
    int sequenceNumber;
    /** Read with opaque access: {@link Window#rearm} moves it while the sweep may read it. */
    private long deadlineNanos;
    private long timeoutNanos;
    private int attempts = 1;
    private volatile int state;

    InFlightRequest(Q request, long deadlineNanos, long timeoutNanos, boolean counted) {
        this.request = request;
        this.deadlineNanos = deadlineNanos;
        this.timeoutNanos = timeoutNanos;
        this.counted = counted;
    }

    public Q request() {
        return request;
    }

    public int sequenceNumber() {
        return sequenceNumber;
    }

    /**
     * Claims the request for writing. Call it just before its bytes go to the connection (not
     * after: a connection lost in between must report the request as possibly accepted).
     *
     * @return false when the request already ended (expired, failed): do not write it
     */
    public boolean markWritten() {
        return STATE.compareAndSet(this, PENDING, WRITTEN);
    }

    /** Whether it was claimed for writing and has not been re-armed since. */
    public boolean isWritten() {
        return state == WRITTEN;
    }

    /** Whether the window has ended it (the future may still be completing). */
    public boolean isFinished() {
        return state == DONE;
    }

    /** How many times it was armed for sending: 1, plus one per {@link Window#rearm}. */
    public int attempts() {
        return attempts;
    }

    /** On the window's clock: when the current attempt times out. */
    public long deadlineNanos() {
        return (long) DEADLINE.getOpaque(this);
    }

    long timeoutNanos() {
        return timeoutNanos;
    }

    /**
     * Ends the request for whoever calls first.
     *
     * @return the state it ended from (PENDING or WRITTEN), or -1 when it had already ended
     */
    int finish() {
        for (;;) {
            int current = state;
            if (current == DONE) {
                return -1;
            }
            if (STATE.compareAndSet(this, current, DONE)) {
                return current;
            }
        }
    }

    /** Like {@link #finish()}, but only when the deadline has passed at {@code now}. */
    int finishIfOverdue(long now) {
        for (;;) {
            int current = state;
            if (current == DONE || now - deadlineNanos() < 0) {
                return -1;
            }
            if (STATE.compareAndSet(this, current, DONE)) {
                return current;
            }
        }
    }

    /** Back to PENDING for another attempt with the same sequence number. */
    boolean rearm(long deadline, long timeout) {
        for (;;) {
            int current = state;
            if (current == DONE) {
                return false;
            }
            DEADLINE.setOpaque(this, deadline);
            timeoutNanos = timeout;
            if (STATE.compareAndSet(this, current, PENDING)) {
                attempts++;
                return true;
            }
        }
    }

    @Override
    public String toString() {
        String[] names = {"PENDING", "WRITTEN", "DONE"};
        return "InFlightRequest[seq=" + sequenceNumber + ", " + names[state] + ", attempt " + attempts
                + ", " + request + "]";
    }
}
