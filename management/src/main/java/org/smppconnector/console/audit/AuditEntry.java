package org.smppconnector.console.audit;

import java.time.Instant;

/**
 * One configuration change: who did what to which target, when. {@code detail} says what
 * changed, never a secret's value (only that it was changed).
 */
public record AuditEntry(long id, Instant at, String username, String action, String target, String detail) {
}
