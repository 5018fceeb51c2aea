package org.smppconnector.console.auth;

/** How a request proved who sent it. Only {@link #SESSION} requests need a CSRF token. */
public enum AuthMethod {
    /** The session cookie set at sign-in. */
    SESSION,
    /** {@code Authorization: Basic}. */
    BASIC,
    /** {@code Authorization: Bearer} with the user's API token. */
    TOKEN
}
