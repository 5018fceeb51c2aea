package org.smppconnector.smpp.session;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.smppconnector.smpp.session.time.NanoClock;

/**
 * The requests of one session waiting for their responses, at most {@link #limit()} at a time,
 * keyed by sequence number.
 *
 * <p><b>Layout.</b> Requests sit in a power-of-two slot table indexed by
 * {@code sequenceNumber & mask}; the window hands out sequence numbers itself and only ones
 * whose slot is free, so numbers still in flight are skipped and a lookup is one array read.
 * The table is the next power of two that holds the window and the control slots (16 at
 * least): responses mostly come back in order, so the slot the next sequence number maps to
 * was freed long ago and a free slot is nearly always the first one tried. A window of 10
 * takes 16 references, a window of 100 takes 128 (an idle session's table is most of what
 * its window costs).
 *
 * <p><b>Threads.</b> Everything is thread-safe and lock-free but the wait for a permit:
 * <ul>
 *   <li>callers {@link #acquire} (waiting a bounded time for a permit) or
 *       {@link #tryAcquire};</li>
 *   <li>the writer calls {@link InFlightRequest#markWritten()} just before writing, and skips
 *       the request when that returns false (it already expired);</li>
 *   <li>the reader calls {@link #complete}, {@link #fail} or {@link #rearm} with the response's
 *       sequence number; the future's callbacks run on that thread;</li>
 *   <li>a scheduler runs {@link #expireOverdue()} (every few hundred milliseconds is plenty);</li>
 *   <li>{@link #failAll} on connection loss, {@link #close} when the session stops.</li>
 * </ul>
 * A request ends exactly once: whichever of response, expiry and failure comes first wins one
 * compare-and-set, so a response that arrived is never reported as a timeout.
 *
 * <p>The window outlives connections: after {@link #failAll} it serves the next connection.
 *
 * @param <Q> the request type (the PDU)
 * @param <R> the response type
 */
public final class Window<Q, R> {

    /** The largest window: far beyond what any SMSC grants. */
    public static final int MAX_SIZE = 1 << 16;
    /** Requests outside the window (enquire_link, unbind, bind) that may be in flight at once. */
    public static final int CONTROL_SLOTS = 4;

    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(InFlightRequest[].class);

    private final InFlightRequest<Q, R>[] slots;
    private final int mask;
    private final int maxSize;
    private final Permits permits;
    private final AtomicInteger controlInFlight = new AtomicInteger();
    private final SequenceCounter sequence;
    private final NanoClock clock;
    private volatile int limit;
    private volatile String closedReason;

    /** A window of {@code size} requests; it can shrink below and grow back up to that size. */
    public Window(int size, NanoClock clock) {
        this(size, clock, new SequenceCounter());
    }

    @SuppressWarnings("unchecked")
    Window(int size, NanoClock clock, SequenceCounter sequence) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("window size must be 1.." + MAX_SIZE + ": " + size);
        }
        this.maxSize = size;
        this.limit = size;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sequence = sequence;
        this.permits = new Permits(size);
        int tableSize = Integer.highestOneBit(size + CONTROL_SLOTS - 1) << 1;
        this.slots = (InFlightRequest<Q, R>[]) new InFlightRequest<?, ?>[Math.max(16, tableSize)];
        this.mask = slots.length - 1;
    }

    /**
     * Takes a slot for {@code request}, waiting up to {@code maxWait} for one to free up.
     *
     * @param responseTimeoutNanos how long the request may then wait for its response
     * @param maxWaitNanos         how long to wait for a slot (0: not at all)
     * @throws WindowFullException     when no slot freed up in time
     * @throws SessionClosedException  when the window is closed, before or during the wait
     */
    public InFlightRequest<Q, R> acquire(Q request, long responseTimeoutNanos, long maxWaitNanos)
            throws InterruptedException {
        checkOpen();
        if (!permits.tryAcquire() && !permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
            checkOpen();
            throw new WindowFullException(limit, maxWaitNanos);
        }
        return insertWithPermit(request, responseTimeoutNanos);
    }

    /**
     * Takes a slot for {@code request} if one is free now.
     *
     * @return the request in flight, or null when the window is full
     * @throws SessionClosedException when the window is closed
     */
    public InFlightRequest<Q, R> tryAcquire(Q request, long responseTimeoutNanos) {
        checkOpen();
        if (!permits.tryAcquire()) {
            return null;
        }
        return insertWithPermit(request, responseTimeoutNanos);
    }

    /**
     * Takes one of the few slots kept outside the window's limit, for requests that must go out
     * however full the window is: enquire_link, unbind, bind. Never waits.
     *
     * @throws WindowFullException when {@link #CONTROL_SLOTS} such requests are already in flight
     */
    public InFlightRequest<Q, R> acquireControl(Q request, long responseTimeoutNanos) {
        checkOpen();
        if (controlInFlight.incrementAndGet() > CONTROL_SLOTS) {
            controlInFlight.decrementAndGet();
            throw new WindowFullException(CONTROL_SLOTS, 0);
        }
        return insert(request, responseTimeoutNanos, false);
    }

    private InFlightRequest<Q, R> insertWithPermit(Q request, long timeoutNanos) {
        if (closedReason != null) {
            permits.release();
            checkOpen();
        }
        return insert(request, timeoutNanos, true);
    }

    private InFlightRequest<Q, R> insert(Q request, long timeoutNanos, boolean counted) {
        InFlightRequest<Q, R> entry = new InFlightRequest<>(request, clock.nanoTime() + timeoutNanos,
                timeoutNanos, counted);
        // Permits leave a slot free for every request that holds one; in-order completion makes
        // the first slot tried the free one nearly always.
        for (int probes = 0; probes < slots.length * 64; probes++) {
            int seq = sequence.next();
            int index = seq & mask;
            if (SLOTS.getOpaque(slots, index) == null) {
                entry.sequenceNumber = seq;
                if (SLOTS.compareAndSet(slots, index, null, entry)) {
                    return closedReason == null ? entry : undoIfClosed(entry, index);
                }
            }
        }
        release(entry);
        throw new IllegalStateException("no free slot in a window table of " + slots.length);
    }

    /** A close that raced with this insert may have swept past the slot: end the request here. */
    private InFlightRequest<Q, R> undoIfClosed(InFlightRequest<Q, R> entry, int index) {
        if (entry.finish() >= 0) {
            free(entry, index);
            checkOpen();
        }
        return entry;
    }

    /**
     * The request in flight with this sequence number, or null (unknown, late, or already ended).
     * Lets the reader see which request a response answers before ending it.
     */
    public InFlightRequest<Q, R> find(int sequenceNumber) {
        InFlightRequest<Q, R> entry = at(sequenceNumber);
        return entry == null || entry.isFinished() ? null : entry;
    }

    /**
     * Ends the request with this sequence number with its response.
     *
     * @return false when no such request is in flight (unknown, late after expiry, duplicate)
     */
    public boolean complete(int sequenceNumber, R response) {
        InFlightRequest<Q, R> entry = end(sequenceNumber);
        if (entry == null) {
            return false;
        }
        entry.complete(response);
        return true;
    }

    /**
     * Ends the request with this sequence number with an error (an error response, a
     * generic_nack, or a write that failed).
     *
     * @return false when no such request is in flight
     */
    public boolean fail(int sequenceNumber, Throwable error) {
        InFlightRequest<Q, R> entry = end(sequenceNumber);
        if (entry == null) {
            return false;
        }
        entry.completeExceptionally(error);
        return true;
    }

    /**
     * Keeps the request with this sequence number in flight for another attempt (a retry after
     * ESME_RTHROTTLED): same slot, same sequence number, its permit kept, back to PENDING so it
     * must be {@link InFlightRequest#markWritten() marked written} again before it is resent.
     * Its new deadline is {@code timeoutNanos} from now: include any backoff before the resend.
     *
     * @return false when no such request is in flight any more (it expired or failed meanwhile)
     */
    public boolean rearm(int sequenceNumber, long timeoutNanos) {
        InFlightRequest<Q, R> entry = at(sequenceNumber);
        return entry != null && entry.rearm(clock.nanoTime() + timeoutNanos, timeoutNanos);
    }

    /**
     * Ends every request whose deadline has passed with a {@link ResponseTimeoutException}
     * (saying whether it had been written). Run it periodically from a scheduler.
     *
     * @return how many requests expired
     */
    public int expireOverdue() {
        long now = clock.nanoTime();
        int expired = 0;
        for (int index = 0; index < slots.length; index++) {
            InFlightRequest<Q, R> entry = slot(index);
            if (entry == null) {
                continue;
            }
            int endedFrom = entry.finishIfOverdue(now);
            if (endedFrom >= 0) {
                free(entry, index);
                entry.completeExceptionally(new ResponseTimeoutException(entry.sequenceNumber,
                        endedFrom == InFlightRequest.WRITTEN, entry.timeoutNanos()));
                expired++;
            }
        }
        return expired;
    }

    /**
     * Ends every request in flight with a {@link ConnectionLostException} saying, for each,
     * whether it had been written. The window stays open for the next connection.
     *
     * @return how many requests were failed
     */
    public int failAll(String reason, Throwable cause) {
        int failed = 0;
        for (int index = 0; index < slots.length; index++) {
            // A volatile read: with close()'s volatile write and insert's compare-and-set then
            // volatile read, either this scan sees a racing insert or that insert sees the close.
            @SuppressWarnings("unchecked")
            InFlightRequest<Q, R> entry = (InFlightRequest<Q, R>) SLOTS.getVolatile(slots, index);
            if (entry == null) {
                continue;
            }
            int endedFrom = entry.finish();
            if (endedFrom >= 0) {
                free(entry, index);
                entry.completeExceptionally(new ConnectionLostException(entry.sequenceNumber,
                        endedFrom == InFlightRequest.WRITTEN, reason, cause));
                failed++;
            }
        }
        return failed;
    }

    /**
     * Closes the window for good: requests in flight fail as in {@link #failAll}, callers
     * waiting for a slot and any later caller get a {@link SessionClosedException}.
     */
    public void close(String reason) {
        closedReason = Objects.requireNonNull(reason, "reason");
        failAll("session closed: " + reason, null);
        // Wake one waiter; each waiter that wakes to a closed window passes the permit on.
        permits.release();
    }

    public boolean isClosed() {
        return closedReason != null;
    }

    /**
     * Changes how many requests may be in flight, e.g. as the SMSC's congestion_state moves.
     * When it shrinks, requests already in flight finish normally and no new one is let in
     * until the count is under the new limit.
     *
     * @param newLimit 1 up to the size the window was created with
     */
    public void setLimit(int newLimit) {
        if (newLimit == limit) {
            return;
        }
        if (newLimit < 1 || newLimit > maxSize) {
            throw new IllegalArgumentException("window limit must be 1.." + maxSize + ": " + newLimit);
        }
        synchronized (permits) {
            int delta = newLimit - limit;
            limit = newLimit;
            if (delta > 0) {
                permits.release(delta);
            } else if (delta < 0) {
                permits.reduce(-delta);
            }
        }
    }

    /** How many requests may be in flight now. */
    public int limit() {
        return limit;
    }

    /** The size the window was created with: the most {@link #setLimit} accepts. */
    public int maxSize() {
        return maxSize;
    }

    /** How many more requests could take a slot now without waiting (0 when full). */
    public int freeSlots() {
        return Math.max(0, permits.availablePermits());
    }

    /** Requests in flight, control requests included (counts the table: not for hot paths). */
    public int inFlight() {
        int count = 0;
        for (int index = 0; index < slots.length; index++) {
            InFlightRequest<Q, R> entry = slot(index);
            if (entry != null && !entry.isFinished()) {
                count++;
            }
        }
        return count;
    }

    private InFlightRequest<Q, R> at(int sequenceNumber) {
        InFlightRequest<Q, R> entry = slot(sequenceNumber & mask);
        return entry != null && entry.sequenceNumber == sequenceNumber ? entry : null;
    }

    /** Takes the request out of the table if this caller is the one to end it. */
    private InFlightRequest<Q, R> end(int sequenceNumber) {
        InFlightRequest<Q, R> entry = at(sequenceNumber);
        if (entry == null || entry.finish() < 0) {
            return null;
        }
        free(entry, sequenceNumber & mask);
        return entry;
    }

    @SuppressWarnings("unchecked")
    private InFlightRequest<Q, R> slot(int index) {
        return (InFlightRequest<Q, R>) SLOTS.getAcquire(slots, index);
    }

    /** Only the caller that ended the request frees its slot, so a plain release store is safe. */
    private void free(InFlightRequest<Q, R> entry, int index) {
        SLOTS.setRelease(slots, index, null);
        release(entry);
    }

    private void release(InFlightRequest<Q, R> entry) {
        if (entry.counted) {
            permits.release();
        } else {
            controlInFlight.decrementAndGet();
        }
    }

    private void checkOpen() {
        String reason = closedReason;
        if (reason != null) {
            throw new SessionClosedException(reason);
        }
    }

    /** A semaphore that can lose permits without waiting, so the limit can shrink at once. */
    private static final class Permits extends Semaphore {
        Permits(int permits) {
            super(permits, false);
        }

        void reduce(int by) {
            reducePermits(by);
        }
    }
}
