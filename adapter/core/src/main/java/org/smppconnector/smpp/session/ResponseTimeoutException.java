package org.smppconnector.smpp.session;

import java.util.concurrent.TimeUnit;

/** No response came within the request's response timeout. */
public class ResponseTimeoutException extends NoResponseException {

    private final long timeoutNanos;

    public ResponseTimeoutException(int sequenceNumber, boolean written, long timeoutNanos) {
        super("no response to request " + sequenceNumber + " within "
                + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms", sequenceNumber, written, null);
        this.timeoutNanos = timeoutNanos;
    }

    public long timeoutNanos() {
        return timeoutNanos;
    }
}
