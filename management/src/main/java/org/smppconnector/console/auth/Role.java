package org.smppconnector.console.auth;

import java.util.Locale;

/** What a console user may do: an administrator changes configuration, a viewer only looks. */
public enum Role {
    ADMIN,
    VIEWER;

    public boolean mayChange() {
        return this == ADMIN;
    }

    /** As stored and shown: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown label */
    public static Role of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
