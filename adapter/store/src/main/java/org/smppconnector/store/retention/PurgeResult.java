package org.smppconnector.store.retention;

/**
 * What one purge removed.
 *
 * @param complete false when it stopped at its batch limit with more left to purge
 */
public record PurgeResult(long submissions, long parts, long receipts, boolean complete) {
}
