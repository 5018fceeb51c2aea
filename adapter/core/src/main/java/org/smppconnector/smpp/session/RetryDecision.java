package org.smppconnector.smpp.session;

/**
 * What to do with a request the SMSC refused: send it again after {@code delayNanos}, or give
 * up. {@code slowsSession} asks the session to hold all sending for {@code delayNanos}, also
 * when giving up (the SMSC is still overloaded).
 */
public record RetryDecision(boolean retry, long delayNanos, boolean slowsSession, boolean exhausted) {

    static RetryDecision retryAfter(long delayNanos, boolean slowsSession) {
        return new RetryDecision(true, delayNanos, slowsSession, false);
    }

    static RetryDecision exhausted(long pauseNanos, boolean slowsSession) {
        return new RetryDecision(false, pauseNanos, slowsSession, true);
    }

    static final RetryDecision NOT_RETRIABLE = new RetryDecision(false, 0, false, false);
}
