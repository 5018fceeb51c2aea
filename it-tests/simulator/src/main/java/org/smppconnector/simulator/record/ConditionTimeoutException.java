package org.smppconnector.simulator.record;

import java.time.Duration;

/** A condition a caller waited for did not come true in time. */
public final class ConditionTimeoutException extends RuntimeException {
    public ConditionTimeoutException(String description, Duration timeout) {
        super("timed out after " + timeout.toMillis() + " ms waiting for: " + description);
    }
}
