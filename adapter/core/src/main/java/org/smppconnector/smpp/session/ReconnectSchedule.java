package org.smppconnector.smpp.session;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One session's place in its {@link ReconnectPolicy}: how many attempts have failed since the
 * last stable bind. Thread-safe (it is used rarely).
 *
 * <pre>
 *   lost(now)          -> the bind went down
 *   nextDelayNanos()   -> wait that long, then connect and bind; on failure ask again
 *   bound(now)         -> the bind is up
 * </pre>
 */
public final class ReconnectSchedule {

    private final ReconnectPolicy policy;
    private final RandomGenerator random;
    private int failedAttempts;
    private boolean isBound;
    private long boundAt;

    public ReconnectSchedule(ReconnectPolicy policy) {
        this(policy, new SplittableRandom());
    }

    public ReconnectSchedule(ReconnectPolicy policy, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A schedule of the same policy, from its start. */
    public ReconnectSchedule fresh() {
        return new ReconnectSchedule(policy);
    }

    public ReconnectPolicy policy() {
        return policy;
    }

    /** The wait before the next attempt; counts that attempt. */
    public synchronized long nextDelayNanos() {
        return policy.backoff().delayNanos(failedAttempts++, random);
    }

    /** The bind came up at {@code now}. */
    public synchronized void bound(long now) {
        isBound = true;
        boundAt = now;
    }

    /** The bind was lost at {@code now}: the series restarts if it had been up long enough. */
    public synchronized void lost(long now) {
        if (isBound && now - boundAt >= policy.stableAfter().toNanos()) {
            failedAttempts = 0;
        }
        isBound = false;
    }

    /** Attempts made since the last stable bind. */
    public synchronized int attempts() {
        return failedAttempts;
    }
}
