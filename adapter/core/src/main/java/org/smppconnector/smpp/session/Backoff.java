package org.smppconnector.smpp.session;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A series of delays: exponential ({@code initial}, doubling, capped at {@code max}) or fixed,
 * each spread by a {@link Jitter}. The cap applies before jitter, so a +-x% jitter may go up to
 * x% past it. Immutable.
 */
public final class Backoff {

    private final long initialNanos;
    private final double multiplier;
    private final long maxNanos;
    private final Jitter jitter;

    private Backoff(long initialNanos, double multiplier, long maxNanos, Jitter jitter) {
        this.initialNanos = initialNanos;
        this.multiplier = multiplier;
        this.maxNanos = maxNanos;
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    /** {@code initial}, twice that, four times ... up to {@code max}; no jitter. */
    public static Backoff exponential(Duration initial, Duration max) {
        return exponential(initial, 2.0, max);
    }

    public static Backoff exponential(Duration initial, double multiplier, Duration max) {
        long first = positiveNanos("initial", initial);
        long cap = positiveNanos("max", max);
        if (cap < first) {
            throw new IllegalArgumentException("max " + max + " is shorter than initial " + initial);
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
        }
        return new Backoff(first, multiplier, cap, Jitter.NONE);
    }

    /** The same delay every time; no jitter. */
    public static Backoff fixed(Duration delay) {
        long nanos = positiveNanos("delay", delay);
        return new Backoff(nanos, 1.0, nanos, Jitter.NONE);
    }

    public Backoff withJitter(Jitter newJitter) {
        return new Backoff(initialNanos, multiplier, maxNanos, newJitter);
    }

    /** The delay before retry number {@code attempt} (0 for the first retry). */
    public long delayNanos(int attempt, RandomGenerator random) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative: " + attempt);
        }
        double raw = initialNanos * Math.pow(multiplier, attempt);
        long capped = raw >= maxNanos ? maxNanos : (long) raw;
        return jitter.apply(capped, random);
    }

    public Duration initial() {
        return Duration.ofNanos(initialNanos);
    }

    public Duration max() {
        return Duration.ofNanos(maxNanos);
    }

    public double multiplier() {
        return multiplier;
    }

    public Jitter jitter() {
        return jitter;
    }

    public boolean isFixed() {
        return initialNanos == maxNanos;
    }

    private static long positiveNanos(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value.toNanos();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Backoff other && initialNanos == other.initialNanos && multiplier == other.multiplier
                && maxNanos == other.maxNanos && jitter.equals(other.jitter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(initialNanos, multiplier, maxNanos, jitter);
    }

    @Override
    public String toString() {
        return (isFixed() ? "fixed " + initial().toMillis() + " ms"
                : "exponential " + initial().toMillis() + " ms x" + multiplier + " up to " + max().toMillis() + " ms")
                + ", " + jitter;
    }
}
