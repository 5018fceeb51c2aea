package org.smppconnector.console.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} wrong passwords for one user name
 * within {@link #WINDOW}, further attempts for that name are refused until the window ends,
 * without even hashing them.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private record Failures(int count, Instant since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String username) {
        Failures f = failures.get(username);
        if (f == null) {
            return false;
        }
        if (f.since().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(username, f);
            return false;
        }
        return f.count() >= MAX_FAILURES;
    }

    void failed(String username) {
        Instant now = clock.instant();
        failures.compute(username, (name, f) -> f == null || f.since().plus(WINDOW).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count() + 1, f.since()));
        if (failures.size() > 10_000) {
            failures.values().removeIf(f -> f.since().plus(WINDOW).isBefore(now));
        }
    }

    void succeeded(String username) {
        failures.remove(username);
    }
}
