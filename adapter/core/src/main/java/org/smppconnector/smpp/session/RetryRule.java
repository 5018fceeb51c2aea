package org.smppconnector.smpp.session;

import java.util.Objects;

/**
 * One row of a {@link RetryTable}: a command_status worth retrying, how many retries (beyond
 * the first attempt), how far apart, and whether it means the SMSC is overloaded, so that the
 * whole session should pause rather than just this request.
 *
 * @param statusName the status's name for messages, or null
 */
public record RetryRule(int commandStatus, String statusName, int maxRetries, Backoff backoff,
                        boolean slowsSession) {

    public RetryRule {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("retryRules.maxRetries: must not be negative: " + maxRetries);
        }
        Objects.requireNonNull(backoff, "backoff");
    }
}
