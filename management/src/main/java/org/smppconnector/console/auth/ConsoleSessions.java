package org.smppconnector.console.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, in memory: the cookie carries only a random id. A session ends after
 * {@link #IDLE_LIMIT} without use or {@link #ABSOLUTE_LIMIT} after sign-in, at sign-out, and
 * when the console restarts.
 */
public final class ConsoleSessions {

    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

    private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public ConsoleSessions() {
        this(Clock.systemUTC());
    }

    ConsoleSessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session for the user: always a fresh id, so no id chosen before sign-in survives it. */
    public ConsoleSession open(User user) {
        purgeExpired();
        ConsoleSession session = new ConsoleSession(randomId(), user, randomId(), clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, marked as used now. */
    public Optional<ConsoleSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ConsoleSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    public void close(ConsoleSession session) {
        sessions.remove(session.id());
    }

    /** Ends every session of a user (deleted, or password changed). */
    public void closeAll(String username) {
        sessions.values().removeIf(s -> s.user().username().equals(username));
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    private static boolean expired(ConsoleSession session, Instant now) {
        return session.lastSeen().plus(IDLE_LIMIT).isBefore(now) || session.created().plus(ABSOLUTE_LIMIT).isBefore(now);
    }

    private String randomId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
