package org.smppconnector.simulator.fault;

import java.time.Duration;

/**
 * The fault modes of the simulated SMSC, switchable while it runs from any thread. All off
 * by default; {@link #clear()} switches every one off.
 */
public final class Faults {
    private volatile int throttleTps;
    private volatile boolean queueFull;
    private volatile long responseDelayNanos;
    private volatile boolean dropResponses;
    private volatile int dropConnectionEvery;
    private volatile long refuseBindsUntil;
    private volatile boolean refusingBinds;

    /** Answers ESME_RTHROTTLED to the submits of an account beyond this many per second; 0 = off. */
    public Faults throttle(int tps) {
        if (tps < 0) {
            throw new IllegalArgumentException("negative TPS " + tps);
        }
        this.throttleTps = tps;
        return this;
    }

    /** Answers every submit with ESME_RMSGQFUL while on. */
    public Faults queueFull(boolean on) {
        this.queueFull = on;
        return this;
    }

    /** Holds every submit_sm / data_sm / submit_multi response this long; zero = off. */
    public Faults responseDelay(Duration delay) {
        this.responseDelayNanos = delay.toNanos();
        return this;
    }

    /**
     * Never answers submits while on. The message is still recorded (flagged), but it gets no
     * receipt: to the ESME it was never accepted.
     */
    public Faults dropResponses(boolean on) {
        this.dropResponses = on;
        return this;
    }

    /**
     * Closes a session's connection abruptly (no response, no unbind) on every n-th PDU it
     * receives after this call; 0 = off.
     */
    public Faults dropConnectionEvery(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative PDU count " + n);
        }
        this.dropConnectionEvery = n;
        return this;
    }

    /** Refuses every bind (ESME_RBINDFAIL) for this long from now, as during maintenance. */
    public Faults refuseBindsFor(Duration duration) {
        this.refuseBindsUntil = System.nanoTime() + duration.toNanos();
        this.refusingBinds = !duration.isZero() && !duration.isNegative();
        return this;
    }

    public Faults clear() {
        throttleTps = 0;
        queueFull = false;
        responseDelayNanos = 0;
        dropResponses = false;
        dropConnectionEvery = 0;
        refusingBinds = false;
        return this;
    }

    public int throttleTps() {
        return throttleTps;
    }

    public boolean isQueueFull() {
        return queueFull;
    }

    public long responseDelayNanos() {
        return responseDelayNanos;
    }

    public boolean isDroppingResponses() {
        return dropResponses;
    }

    public int dropConnectionEvery() {
        return dropConnectionEvery;
    }

    public boolean isRefusingBinds() {
        if (!refusingBinds) {
            return false;
        }
        if (System.nanoTime() - refuseBindsUntil < 0) {
            return true;
        }
        refusingBinds = false;
        return false;
    }

    @Override
    public String toString() {
        return "Faults[throttleTps=" + throttleTps + ", queueFull=" + queueFull
                + ", responseDelayMs=" + responseDelayNanos / 1_000_000 + ", dropResponses=" + dropResponses
                + ", dropConnectionEvery=" + dropConnectionEvery + ", refusingBinds=" + isRefusingBinds() + "]";
    }
}
