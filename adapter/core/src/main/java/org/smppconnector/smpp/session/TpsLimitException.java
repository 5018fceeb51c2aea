package org.smppconnector.smpp.session;

import java.util.concurrent.TimeUnit;

/**
 * The account's TPS limit left no permit within the wait the caller allowed. Nothing was sent;
 * the request can be tried again shortly.
 */
public class TpsLimitException extends SmppException {

    public TpsLimitException(String account, double permitsPerSecond, long waitedNanos) {
        super("account " + account + " is at its limit of " + permitsPerSecond + " requests per second (waited "
                + TimeUnit.NANOSECONDS.toMillis(waitedNanos) + " ms)", true, null);
    }
}
