package org.smppconnector.smpp.session;

import java.util.concurrent.TimeUnit;

/**
 * Every slot of a session's window stayed taken for as long as the caller was willing to wait.
 * Nothing was sent; the request can be tried again once responses come back.
 */
public class WindowFullException extends SmppException {

    private final int windowSize;
    private final long waitedNanos;

    public WindowFullException(int windowSize, long waitedNanos) {
        super("all " + windowSize + " requests of the window still in flight after waiting "
                + TimeUnit.NANOSECONDS.toMillis(waitedNanos) + " ms", true, null);
        this.windowSize = windowSize;
        this.waitedNanos = waitedNanos;
    }

    /** The window's size (its effective limit) when the wait ended. */
    public int windowSize() {
        return windowSize;
    }

    public long waitedNanos() {
        return waitedNanos;
    }
}
