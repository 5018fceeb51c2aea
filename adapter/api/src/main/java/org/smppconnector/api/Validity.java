package org.smppconnector.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the SMSC keeps trying to deliver a message: for a duration from submission (SMPP's
 * relative validity_period), or until a point in time (the absolute one). Immutable.
 *
 * <p>Accounts cap it (BulkSMS at 21 days): a longer validity is refused when sent, naming
 * {@value InvalidMessageException#VALIDITY}.
 */
public final class Validity {

    /** What SMPP's relative validity_period can say (YY of YYMMDDhhmmss). */
    private static final Duration MAX_DURATION = Duration.ofDays(99L * 365);

    private final Duration duration;
    private final Instant expiry;

    private Validity(Duration duration, Instant expiry) {
        this.duration = duration;
        this.expiry = expiry;
    }

    /**
     * Valid for this long after submission. SMPP counts whole seconds, so the duration is
     * rounded down to them.
     *
     * @throws IllegalArgumentException when it is shorter than one second
     */
    public static Validity of(Duration duration) {
        Duration seconds = Duration.ofSeconds(Objects.requireNonNull(duration, "duration").getSeconds());
        if (seconds.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a validity must be at least one second, not " + duration);
        }
        return new Validity(seconds, null);
    }

    /** Valid until this point in time. */
    public static Validity until(Instant expiry) {
        return new Validity(null, Objects.requireNonNull(expiry, "expiry"));
    }

    /**
     * What the builders make of their validity settings (at most one of the two is set): null
     * for neither, else the validity, or the reason it is invalid.
     */
    static Validity check(Duration duration, Instant expiry) throws InvalidMessageException {
        String field = InvalidMessageException.VALIDITY;
        if (duration != null) {
            if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new InvalidMessageException(field, "must be at least one second, not " + duration);
            }
            if (duration.compareTo(MAX_DURATION) > 0) {
                throw new InvalidMessageException(field, "is longer than SMPP can say (99 years): " + duration);
            }
            return of(duration);
        }
        if (expiry != null) {
            if (!expiry.isAfter(Instant.now())) {
                throw new InvalidMessageException(field, "ends in the past: " + expiry);
            }
            return until(expiry);
        }
        return null;
    }

    /** Whether this is a duration from submission rather than a point in time. */
    public boolean isRelative() {
        return duration != null;
    }

    /** The duration from submission, for a relative validity. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** The point in time, for an absolute validity. */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiry);
    }

    /**
     * How long the message would stay valid if submitted at {@code submission}: the duration, or
     * the time left until the expiry (negative once it has passed). What an account's maximum
     * is compared with.
     */
    public Duration remainingAt(Instant submission) {
        return duration != null ? duration : Duration.between(submission, expiry);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Validity that
                && Objects.equals(duration, that.duration) && Objects.equals(expiry, that.expiry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(duration, expiry);
    }

    @Override
    public String toString() {
        return duration != null ? "Validity[" + duration + "]" : "Validity[until " + expiry + "]";
    }
}
