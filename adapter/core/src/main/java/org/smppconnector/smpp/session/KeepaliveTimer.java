package org.smppconnector.smpp.session;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.smppconnector.smpp.session.time.ScheduledTask;
import org.smppconnector.smpp.session.time.Scheduler;

/**
 * Runs a {@link Keepalive} on a {@link Scheduler}: one one-shot task at a time, set for the
 * moment the next decision falls due, so traffic costs no scheduling at all and a tick runs
 * exactly when an enquire_link is due rather than up to a period late.
 */
public final class KeepaliveTimer {

    /**
     * What the engine does on the timer's decisions; called on the scheduler's thread. A tick
     * already under way may still call it once just after {@link #stop()}: ignore a call for a
     * link that is gone.
     */
    public interface Listener {
        /** Write an enquire_link now (and report it through {@link Keepalive#trafficSent}). */
        void sendEnquireLink();

        /** The link did not answer: close it and let the reconnect policy rebuild it. */
        void linkDead();
    }

    /** A floor under every delay, so that no decision can ever spin the scheduler. */
    static final long MIN_DELAY_NANOS = 1_000_000;

    private final Keepalive keepalive;
    private final Scheduler scheduler;
    private final Listener listener;
    private ScheduledTask next;
    private boolean running;

    public KeepaliveTimer(Keepalive keepalive, Scheduler scheduler, Listener listener) {
        this.keepalive = Objects.requireNonNull(keepalive, "keepalive");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The link just came up: starts keepalive from now. */
    public synchronized void start() {
        stop();
        running = true;
        keepalive.start(scheduler.nanoTime());
        scheduleNext();
    }

    /** Stops ticking (the link is closing or closed). Idempotent. */
    public synchronized void stop() {
        running = false;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    private void tick() {
        Keepalive.Action action;
        synchronized (this) {
            if (!running) {
                return;
            }
            action = keepalive.tick(scheduler.nanoTime());
            if (action == Keepalive.Action.LINK_DEAD) {
                running = false;
                next = null;
            } else {
                scheduleNext();
            }
        }
        // Outside the lock: the listener may stop or restart this timer.
        if (action == Keepalive.Action.SEND_ENQUIRE_LINK) {
            listener.sendEnquireLink();
        } else if (action == Keepalive.Action.LINK_DEAD) {
            listener.linkDead();
        }
    }

    private void scheduleNext() {
        long delay = Math.max(MIN_DELAY_NANOS, keepalive.nanosUntilNextTick(scheduler.nanoTime()));
        next = scheduler.schedule(this::tick, delay, TimeUnit.NANOSECONDS);
    }
}
