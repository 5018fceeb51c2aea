package org.smppconnector.smpp.session;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A session holding back new submissions after the SMSC said it is overloaded
 * (ESME_RTHROTTLED, ESME_RMSGQFUL). Each such answer pauses sending for the delay the retry
 * table gives; a pause never shortens one already running. Thread-safe; checking costs one
 * volatile read, for the send path.
 */
public final class Slowdown {

    private static final long NEVER = Long.MIN_VALUE;

    private final AtomicLong pausedUntil = new AtomicLong(NEVER);

    /** The SMSC asked to slow down at {@code now}: hold new sends for {@code pauseNanos}. */
    public void throttled(long now, long pauseNanos) {
        long until = now + pauseNanos;
        for (;;) {
            long current = pausedUntil.get();
            if (current != NEVER && current - until >= 0) {
                return;
            }
            if (pausedUntil.compareAndSet(current, until)) {
                return;
            }
        }
    }

    /** How long a send must still wait at {@code now}; 0 when it may go. */
    public long remainingNanos(long now) {
        long until = pausedUntil.get();
        if (until == NEVER) {
            return 0;
        }
        long left = until - now;
        return left > 0 ? left : 0;
    }

    /** As {@link #remainingNanos(long)}, reading the clock only when a pause was ever set (the send path's case). */
    public long remainingNanos(org.smppconnector.smpp.session.time.NanoClock clock) {
        return pausedUntil.get() == NEVER ? 0 : remainingNanos(clock.nanoTime());
    }

    public boolean isPaused(long now) {
        return remainingNanos(now) > 0;
    }
}
