package org.smppconnector.smpp.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How a session waits between attempts to rebuild a lost bind: a {@link Backoff} series, and
 * after how long a bind counts as stable, so that losing it starts the series over. A bind
 * that drops soon after binding keeps backing off, so a server that accepts and then kills
 * sessions is not hammered. Immutable; per-session state lives in {@link ReconnectSchedule}.
 */
public final class ReconnectPolicy {

    // Declared before DEFAULT, which needs it during class initialisation.
    private static final Duration DEFAULT_STABLE_AFTER = Duration.ofSeconds(30);

    /** 1, 2, 4 ... up to 60 s, +-20% jitter, reset after 30 s bound. */
    public static final ReconnectPolicy DEFAULT = exponential(Duration.ofSeconds(1), Duration.ofSeconds(60))
            .withJitter(Jitter.plusMinus(0.2));

    private final Backoff backoff;
    private final Duration stableAfter;

    private ReconnectPolicy(Backoff backoff, Duration stableAfter) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(stableAfter, "stableAfter");
        if (stableAfter.isNegative()) {
            throw new IllegalArgumentException("stableAfter must not be negative: " + stableAfter);
        }
        this.stableAfter = stableAfter;
    }

    /** {@code initial}, doubling up to {@code max} (Mobile Text Alerts: 1 s up to 60 s). */
    public static ReconnectPolicy exponential(Duration initial, Duration max) {
        return new ReconnectPolicy(Backoff.exponential(initial, max), DEFAULT_STABLE_AFTER);
    }

    /** The same delay before every attempt (GatewayAPI: 30 s). */
    public static ReconnectPolicy fixed(Duration delay) {
        return new ReconnectPolicy(Backoff.fixed(delay), DEFAULT_STABLE_AFTER);
    }

    public static ReconnectPolicy of(Backoff backoff) {
        return new ReconnectPolicy(backoff, DEFAULT_STABLE_AFTER);
    }

    public ReconnectPolicy withJitter(Jitter jitter) {
        return new ReconnectPolicy(backoff.withJitter(jitter), stableAfter);
    }

    /** A bind that lasted this long resets the series when it is lost. */
    public ReconnectPolicy withStableAfter(Duration newStableAfter) {
        return new ReconnectPolicy(backoff, newStableAfter);
    }

    public Backoff backoff() {
        return backoff;
    }

    public Duration stableAfter() {
        return stableAfter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReconnectPolicy other && backoff.equals(other.backoff)
                && stableAfter.equals(other.stableAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backoff, stableAfter);
    }

    @Override
    public String toString() {
        return "reconnect " + backoff + ", reset after " + stableAfter.toSeconds() + " s bound";
    }
}
