package org.smppconnector.simulator.fault;

/** What a fault does to the response of one request. */
public final class ResponseAction {
    public static final ResponseAction DROP = new ResponseAction(-1);

    private final long delayNanos;

    private ResponseAction(long delayNanos) {
        this.delayNanos = delayNanos;
    }

    public static ResponseAction delay(long nanos) {
        return new ResponseAction(nanos);
    }

    public boolean isDrop() {
        return delayNanos < 0;
    }

    public long delayNanos() {
        return delayNanos;
    }
}
