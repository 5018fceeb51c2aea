package org.smppconnector.simulator.session;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.smppconnector.simulator.delivery.DeliveryRouter;
import org.smppconnector.simulator.profile.Profile;
import org.smppconnector.simulator.record.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic chores: give up on unanswered deliver_sm (to send them again), forget
 * deliveries past the retention, close idle sessions where the profile says so, close the
 * connections an ESME left open after its unbind, and record multipart messages whose parts
 * stopped coming.
 */
public final class Housekeeper implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeper.class);

    private final Profile profile;
    private final SessionRegistry registry;
    private final DeliveryRouter router;
    private final SubmitHandler submits;
    private final Signal signal;
    private final long deliveryTimeoutNanos;
    private final long reassemblyTimeoutNanos;

    public Housekeeper(Profile profile, SessionRegistry registry, DeliveryRouter router, SubmitHandler submits,
                       Signal signal, Duration deliveryTimeout, Duration reassemblyTimeout) {
        this.signal = signal;
        this.profile = profile;
        this.registry = registry;
        this.router = router;
        this.submits = submits;
        this.deliveryTimeoutNanos = deliveryTimeout.toNanos();
        this.reassemblyTimeoutNanos = reassemblyTimeout.toNanos();
    }

    @Override
    public void run() {
        try {
            router.sweep(deliveryTimeoutNanos, registry.channels());
            closeIdleSessions();
            closeSessionsLeftOpenAfterUnbind();
            submits.expireIncomplete(reassemblyTimeoutNanos);
            // a safety net: waiters re-check at least once per sweep, should a change forget to signal
            signal.changed();
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed", e); // keep the schedule alive
        }
    }

    private void closeSessionsLeftOpenAfterUnbind() {
        long grace = TimeUnit.MILLISECONDS.toNanos(SimConnection.CLOSE_GRACE_MILLIS);
        long now = System.nanoTime();
        for (ServerSession session : registry.open()) {
            if (session.state() == SimulatedSession.State.UNBOUND && session.unboundByEsmeRequest()
                    && now - session.unboundAtNanos() > grace) {
                session.close("the ESME left the connection open " + SimConnection.CLOSE_GRACE_MILLIS
                        + " ms after its unbind");
            }
        }
    }

    private void closeIdleSessions() {
        Duration timeout = profile.inactivityTimeout();
        if (timeout == null) {
            return;
        }
        long now = System.nanoTime();
        for (ServerSession session : registry.open()) {
            if (session.state() == SimulatedSession.State.BOUND
                    && now - session.lastRequestNanos() > timeout.toNanos()) {
                session.closeIdle("no PDU received for " + timeout.toMillis() + " ms");
            }
        }
    }
}
