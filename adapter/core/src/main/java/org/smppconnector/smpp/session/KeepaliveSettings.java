package org.smppconnector.smpp.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When to probe a link with enquire_link and how long to wait for the answer, and (when the
 * provider says) after how long an SMSC closes a session it has heard nothing from.
 * Immutable; the {@code with} methods return a copy.
 */
public final class KeepaliveSettings {

    /** enquire_link after 30 s without traffic, answered within 10 s; no known SMSC idle limit. */
    public static final KeepaliveSettings DEFAULT =
            new KeepaliveSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), null);

    private final Duration interval;
    private final Duration responseTimeout;
    private final Duration peerIdleLimit;

    private KeepaliveSettings(Duration interval, Duration responseTimeout, Duration peerIdleLimit) {
        requirePositive("keepalive.interval", interval);
        requirePositive("keepalive.responseTimeout", responseTimeout);
        if (peerIdleLimit != null) {
            requirePositive("keepalive.peerIdleLimit", peerIdleLimit);
            if (interval.compareTo(peerIdleLimit) >= 0) {
                throw new IllegalArgumentException("keepalive.interval: " + interval.toSeconds()
                        + " s would let the SMSC's idle limit of " + peerIdleLimit.toSeconds() + " s close the session");
            }
        }
        this.interval = interval;
        this.responseTimeout = responseTimeout;
        this.peerIdleLimit = peerIdleLimit;
    }

    /** enquire_link after {@code interval} without traffic; the other values are the defaults. */
    public static KeepaliveSettings every(Duration interval) {
        return DEFAULT.withInterval(interval);
    }

    public KeepaliveSettings withInterval(Duration newInterval) {
        return new KeepaliveSettings(newInterval, responseTimeout, peerIdleLimit);
    }

    public KeepaliveSettings withResponseTimeout(Duration newTimeout) {
        return new KeepaliveSettings(interval, newTimeout, peerIdleLimit);
    }

    /** The SMSC closes sessions it received nothing from for this long (Mobile Text Alerts: 120 s). */
    public KeepaliveSettings withPeerIdleLimit(Duration limit) {
        return new KeepaliveSettings(interval, responseTimeout, Objects.requireNonNull(limit, "limit"));
    }

    public KeepaliveSettings withoutPeerIdleLimit() {
        return new KeepaliveSettings(interval, responseTimeout, null);
    }

    /** The configured time without traffic after which an enquire_link goes out. */
    public Duration interval() {
        return interval;
    }

    /** How long an enquire_link may go unanswered before the link is declared dead. */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    public Optional<Duration> peerIdleLimit() {
        return Optional.ofNullable(peerIdleLimit);
    }

    /**
     * The interval actually used: the configured one, but never beyond nine tenths of the SMSC's
     * idle limit, so that a late timer or a slow write still reaches the SMSC in time.
     */
    public Duration effectiveInterval() {
        if (peerIdleLimit == null) {
            return interval;
        }
        Duration safe = peerIdleLimit.minus(peerIdleLimit.dividedBy(10));
        return interval.compareTo(safe) <= 0 ? interval : safe;
    }

    private static void requirePositive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeepaliveSettings other && interval.equals(other.interval)
                && responseTimeout.equals(other.responseTimeout) && Objects.equals(peerIdleLimit, other.peerIdleLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, responseTimeout, peerIdleLimit);
    }

    @Override
    public String toString() {
        return "enquire_link after " + interval.toSeconds() + " s idle, answer within " + responseTimeout.toSeconds()
                + " s" + (peerIdleLimit == null ? "" : ", SMSC idle limit " + peerIdleLimit.toSeconds() + " s");
    }
}
