package org.smppconnector.smpp.pool;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.smppconnector.smpp.session.time.NanoClock;

/**
 * An account's TPS limit, shared by all its binds: {@code permitsPerSecond} on average, at most
 * {@code burst} at once after a quiet spell. Lock-free: the state is one number, the time at
 * which the bucket would be full again (the "generic cell rate algorithm" form of a token
 * bucket), moved by one compare-and-set per permit, with no allocation and no refill thread.
 *
 * <p>A burst of 1 paces sends evenly, so no one-second window ever holds more than
 * {@code permitsPerSecond + 1} of them: the safe choice for SMSCs that count per second.
 */
public final class TokenBucket {

    private final double permitsPerSecond;
    private final int burst;
    private final long intervalNanos;
    private final long toleranceNanos;
    private final NanoClock clock;
    /** When the permits handed out so far would have been earned at the steady rate. */
    private final AtomicLong earnedAt;

    public TokenBucket(double permitsPerSecond, int burst, NanoClock clock) {
        if (!(permitsPerSecond > 0 && permitsPerSecond <= 1e9)) {
            throw new IllegalArgumentException("permitsPerSecond must be in (0, 1e9]: " + permitsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
        this.permitsPerSecond = permitsPerSecond;
        this.burst = burst;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.intervalNanos = Math.max(1, Math.round(1e9 / permitsPerSecond));
        this.toleranceNanos = (burst - 1) * intervalNanos;
        this.earnedAt = new AtomicLong(clock.nanoTime());
    }

    /** Takes a permit if one is there now. */
    public boolean tryAcquire() {
        return reserve(0) == 0;
    }

    /**
     * Reserves the next permit if it comes within {@code maxWaitNanos}, without waiting: the
     * caller sends after the returned delay (on a scheduler, or by sleeping).
     *
     * @return nanoseconds until the reserved permit is due (0: now), or -1 when it would come
     *         later than {@code maxWaitNanos} (nothing is reserved then)
     */
    public long reserve(long maxWaitNanos) {
        for (;;) {
            long now = clock.nanoTime();
            long earned = earnedAt.get();
            long from = earned - now < 0 ? now : earned;
            long wait = Math.max(0, from - toleranceNanos - now);
            if (wait > maxWaitNanos) {
                return -1;
            }
            if (earnedAt.compareAndSet(earned, from + intervalNanos)) {
                return wait;
            }
        }
    }

    /**
     * Takes a permit, waiting (on the clock) up to {@code maxWaitNanos} for it.
     * If interrupted while waiting, the reserved permit is spent.
     *
     * @return false when no permit comes within the bound (and none was taken)
     */
    public boolean acquire(long maxWaitNanos) throws InterruptedException {
        long wait = reserve(maxWaitNanos);
        if (wait < 0) {
            return false;
        }
        if (wait > 0) {
            clock.sleepNanos(wait);
        }
        return true;
    }

    public double permitsPerSecond() {
        return permitsPerSecond;
    }

    public int burst() {
        return burst;
    }

    @Override
    public String toString() {
        return permitsPerSecond + "/s, burst " + burst;
    }
}
