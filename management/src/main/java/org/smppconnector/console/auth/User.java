package org.smppconnector.console.auth;

/** A console user as the rest of the console sees it: never with its password hash. */
public record User(long id, String username, Role role) {
}
