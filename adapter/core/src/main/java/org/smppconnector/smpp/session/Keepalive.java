package org.smppconnector.smpp.session;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Keepalive decisions for one connection, as pure logic: the engine reports traffic and asks
 * on each {@link #tick} what to do; {@link KeepaliveTimer} drives it on a scheduler.
 *
 * <ul>
 *   <li>An enquire_link goes out once nothing was sent for the (effective) interval, or nothing
 *       received for that long. Counting sent traffic is what keeps an SMSC's idle limit from
 *       tripping: ticks fall due exactly at last-sent + interval (see {@link #nanosUntilNextTick}).</li>
 *   <li>A probe is answered by anything received after it, not only its enquire_link_resp:
 *       an SMSC busy sending receipts may answer late, and its receipts prove the link alive.</li>
 *   <li>A probe unanswered for the response timeout means the link is dead.</li>
 * </ul>
 * {@link #trafficSent} and {@link #trafficReceived} are cheap (one ordered store) and may be
 * called from any thread; {@link #tick} and {@link #start} from one thread at a time.
 */
public final class Keepalive {

    /** What the engine should do after a tick. */
    public enum Action { NOTHING, SEND_ENQUIRE_LINK, LINK_DEAD }

    private static final VarHandle LAST_SENT;
    private static final VarHandle LAST_RECEIVED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LAST_SENT = lookup.findVarHandle(Keepalive.class, "lastSent", long.class);
            LAST_RECEIVED = lookup.findVarHandle(Keepalive.class, "lastReceived", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long intervalNanos;
    private final long responseTimeoutNanos;
    private long lastSent;
    private long lastReceived;
    // Touched only by the ticking thread.
    private long lastProbeAt;
    private long unansweredProbeAt;
    private boolean probeOutstanding;

    public Keepalive(KeepaliveSettings settings) {
        this.intervalNanos = settings.effectiveInterval().toNanos();
        this.responseTimeoutNanos = settings.responseTimeout().toNanos();
    }

    /** The link is up (bound) at {@code now}: counts as traffic both ways. */
    public void start(long now) {
        LAST_SENT.setRelease(this, now);
        LAST_RECEIVED.setRelease(this, now);
        lastProbeAt = now;
        probeOutstanding = false;
    }

    /** A PDU (any: request, response, enquire_link) was written at {@code now}. */
    public void trafficSent(long now) {
        LAST_SENT.setRelease(this, now);
    }

    /** A PDU was read at {@code now}. */
    public void trafficReceived(long now) {
        LAST_RECEIVED.setRelease(this, now);
    }

    /** What to do at {@code now}; a SEND_ENQUIRE_LINK counts as sent from this moment. */
    public Action tick(long now) {
        long sent = later(lastSent(), lastProbeAt);
        long received = (long) LAST_RECEIVED.getAcquire(this);
        if (probeOutstanding) {
            if (received - unansweredProbeAt >= 0) {
                probeOutstanding = false;
            } else if (now - unansweredProbeAt >= responseTimeoutNanos) {
                return Action.LINK_DEAD;
            }
        }
        boolean sendIdle = now - sent >= intervalNanos;
        boolean receiveIdle = !probeOutstanding && now - received >= intervalNanos;
        if (!sendIdle && !receiveIdle) {
            return Action.NOTHING;
        }
        if (!probeOutstanding) {
            probeOutstanding = true;
            unansweredProbeAt = now;
        }
        lastProbeAt = now;
        return Action.SEND_ENQUIRE_LINK;
    }

    /** How long from {@code now} until the next tick could have something to do. */
    public long nanosUntilNextTick(long now) {
        long due = later(lastSent(), lastProbeAt) + intervalNanos;
        if (probeOutstanding) {
            due = earlier(due, unansweredProbeAt + responseTimeoutNanos);
        } else {
            due = earlier(due, (long) LAST_RECEIVED.getAcquire(this) + intervalNanos);
        }
        return Math.max(0, due - now);
    }

    /** Whether an enquire_link went out and nothing has been received since. */
    public boolean isProbeOutstanding() {
        return probeOutstanding;
    }

    private long lastSent() {
        return (long) LAST_SENT.getAcquire(this);
    }

    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }

    private static long earlier(long a, long b) {
        return a - b <= 0 ? a : b;
    }
}
