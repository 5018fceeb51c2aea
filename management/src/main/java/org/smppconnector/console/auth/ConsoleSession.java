package org.smppconnector.console.auth;

import java.time.Instant;

/**
 * A signed-in browser: its user, the synchroniser token its pages must echo in
 * {@code X-CSRF-Token} on every state-changing request, and when it was last used.
 */
public final class ConsoleSession {

    private final String id;
    private final User user;
    private final String csrfToken;
    private final Instant created;
    private volatile Instant lastSeen;

    ConsoleSession(String id, User user, String csrfToken, Instant created) {
        this.id = id;
        this.user = user;
        this.csrfToken = csrfToken;
        this.created = created;
        this.lastSeen = created;
    }

    String id() {
        return id;
    }

    public User user() {
        return user;
    }

    public String csrfToken() {
        return csrfToken;
    }

    Instant created() {
        return created;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }
}
