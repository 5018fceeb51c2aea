package org.smppconnector.smpp.pool;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.smppconnector.smpp.session.BindFailedException;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.session.time.ScheduledTask;
import org.smppconnector.smpp.session.time.Scheduler;

/**
 * Keeps each bind of an {@link AccountPool} as its settings want it: connects it, rebuilds it
 * after a loss, and brings it in line after a reconfiguration (adjusting the session in place,
 * or rebinding it). Every step of one bind runs under the bind's lock and starts by looking at
 * what the bind is and what the current settings want, so a step may run again at any time
 * (a late reconnect timer, a second reconfiguration) and does only what is still missing.
 */
final class BindKeeper {

    private static final System.Logger LOG = System.getLogger(BindKeeper.class.getName());
    /** How soon a bind tries again when the session cap had no room (a rebind was under way). */
    private static final long NO_ROOM_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** What a step did to a bound bind. */
    enum Outcome { UNCHANGED, ADJUSTED, REBOUND }

    private final AccountPool pool;
    private final Executor executor;
    private final Scheduler scheduler;
    private final InboundHandler inbound;
    private final SessionBudget budget;

    BindKeeper(AccountPool pool, Executor executor, Scheduler scheduler, InboundHandler inbound, SessionBudget budget) {
        this.pool = pool;
        this.executor = executor;
        this.scheduler = scheduler;
        this.inbound = inbound;
        this.budget = budget;
    }

    /** Runs a step for the bind in the background, now (any pending attempt is called off). */
    void keepSoon(BindSlot slot) {
        slot.cancelPending();
        executor.execute(() -> keep(slot));
    }

    /** Runs a step for the bind on this thread, waiting for any step under way first. */
    Outcome keep(BindSlot slot) {
        slot.lock.lock();
        try {
            return step(slot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNCHANGED;
        } finally {
            slot.lock.unlock();
        }
    }

    private Outcome step(BindSlot slot) throws InterruptedException {
        PoolConfig config = pool.config();
        if (!pool.isRunning() || slot.retired) {
            return Outcome.UNCHANGED;
        }
        SessionSettings wanted = config.sessionSettings(slot);
        SmppSession session = slot.session;
        if (session != null && session.isBound()) {
            boolean sameBind = SmppSession.sameBind(slot.boundWith, wanted) && config.settings.tls().equals(slot.tlsWith)
                    && config.settings.hosts().contains(slot.address);
            if (!sameBind) {
                return rebind(slot, config, wanted, true) ? Outcome.REBOUND : Outcome.UNCHANGED;
            }
            if (!slot.address.equals(slot.home)) {
                return rebind(slot, config, wanted, false) ? Outcome.REBOUND : Outcome.UNCHANGED;
            }
            if (!wanted.equals(slot.boundWith) || slot.retryTableWith != config.retryTable) {
                if (session.adjust(wanted, config.retryTable)) {
                    slot.boundWith = wanted;
                    slot.retryTableWith = config.retryTable;
                    return Outcome.ADJUSTED;
                }
                return rebind(slot, config, wanted, true) ? Outcome.REBOUND : Outcome.UNCHANGED;
            }
            return Outcome.UNCHANGED;
        }
        if (session != null && session.state() == SmppSession.State.UNBINDING) {
            return Outcome.UNCHANGED; // closing: its close schedules the next attempt
        }
        connect(slot, config, wanted);
        return Outcome.UNCHANGED;
    }

    /**
     * One attempt to bring a bind up: its home host, then the account's other hosts in turn; when
     * all fail, the next attempt after the reconnect policy's delay.
     */
    private void connect(BindSlot slot, PoolConfig config, SessionSettings wanted) throws InterruptedException {
        List<SmscAddress> hosts = config.settings.hosts();
        int first = Math.max(0, hosts.indexOf(slot.home));
        for (int i = 0; i < hosts.size(); i++) {
            if (!pool.isRunning() || slot.retired) {
                return;
            }
            SmscAddress address = hosts.get((first + i) % hosts.size());
            SessionBudget.Lease lease = budget.tryTake(config.sessionCap);
            if (lease == null) {
                schedule(slot, NO_ROOM_RETRY_NANOS);
                return;
            }
            SmppSession session = newSession(slot, config, wanted, lease);
            slot.session = session;
            slot.lease = lease;
            slot.address = address;
            if (bind(slot, session, address, config, lease)) {
                install(slot, session, lease, address, config, wanted);
                return;
            }
        }
        schedule(slot, slot.schedule.nextDelayNanos());
    }

    /**
     * Moves a bound bind to a new session on its home host with the wanted settings. When the
     * session cap leaves room, the new session binds first and the old one closes after it
     * (gracefully: its requests in flight get their responses); a failed new bind leaves the old
     * one as it was and tries again after the reconnect delay. Without room, the old session
     * closes first, when {@code mustChange} or when other binds cover its role meanwhile.
     *
     * @return whether the bind now runs on a new session
     */
    private boolean rebind(BindSlot slot, PoolConfig config, SessionSettings wanted, boolean mustChange)
            throws InterruptedException {
        SmppSession old = slot.session;
        SessionBudget.Lease oldLease = slot.lease;
        SmscAddress target = slot.home;
        SessionBudget.Lease lease = budget.tryTake(config.sessionCap);
        if (lease != null) {
            SmppSession fresh = newSession(slot, config, wanted, lease);
            if (!bind(slot, fresh, target, config, lease)) {
                slot.lastProblem = "new bind on " + target + " failed, the bind on " + slot.address
                        + " stays as it was: " + slot.lastProblem;
                schedule(slot, slot.schedule.nextDelayNanos());
                return false;
            }
            install(slot, fresh, lease, target, config, wanted);
            closeAndRelease(old, oldLease);
            return true;
        }
        if (!mustChange && !coveredByOthers(slot, config)) {
            schedule(slot, slot.schedule.nextDelayNanos());
            return false;
        }
        slot.session = null; // so that the old session's close schedules no reconnect: this thread binds next
        closeAndRelease(old, oldLease);
        connect(slot, config, wanted);
        return slot.isBound();
    }

    /** Binds; on failure notes the problem and gives the session's place back. */
    private boolean bind(BindSlot slot, SmppSession session, SmscAddress address, PoolConfig config,
                         SessionBudget.Lease lease) throws InterruptedException {
        try {
            session.bind(config.connector, address.host(), address.port());
            return true;
        } catch (BindFailedException e) {
            slot.lastProblem = e.getMessage();
            LOG.log(System.Logger.Level.DEBUG, "account {0}, {1}: {2}", config.settings.name(), slot, e.getMessage());
        } catch (RuntimeException e) {
            slot.lastProblem = e.toString();
            LOG.log(System.Logger.Level.WARNING, "account " + config.settings.name() + ", " + slot + ": bind failed", e);
        }
        lease.release();
        return false;
    }

    private void install(BindSlot slot, SmppSession session, SessionBudget.Lease lease, SmscAddress address,
                         PoolConfig config, SessionSettings wanted) {
        slot.session = session;
        slot.lease = lease;
        slot.address = address;
        slot.boundWith = wanted;
        slot.tlsWith = config.settings.tls();
        slot.retryTableWith = config.retryTable;
        slot.schedule.bound(scheduler.nanoTime());
        slot.bindsMade.incrementAndGet();
        pool.signalBindChange();
        if (!pool.isRunning() || slot.retired) {
            closeInBackground(session, lease); // stopped or removed while this bind was being made
        }
    }

    private SmppSession newSession(BindSlot slot, PoolConfig config, SessionSettings wanted, SessionBudget.Lease lease) {
        SmppSession session = new SmppSession(wanted, executor, scheduler, config.retryTable, inbound,
                (s, cause, reason) -> lost(slot, s, reason));
        session.closedFuture().whenComplete((cause, failure) -> lease.release());
        return session;
    }

    /** A bound session closed: unless it was replaced on purpose, the bind comes back after the delay. */
    private void lost(BindSlot slot, SmppSession session, String reason) {
        slot.schedule.lost(scheduler.nanoTime());
        pool.signalBindChange();
        if (pool.isRunning() && !slot.retired && slot.session == session) {
            slot.lastProblem = reason;
            schedule(slot, slot.schedule.nextDelayNanos());
        }
    }

    private void schedule(BindSlot slot, long delayNanos) {
        if (!pool.isRunning() || slot.retired) {
            return;
        }
        ScheduledTask task = scheduler.schedule(() -> {
            if (pool.isRunning() && !slot.retired) {
                executor.execute(() -> keep(slot));
            }
        }, delayNanos, TimeUnit.NANOSECONDS);
        ScheduledTask previous = slot.pending.getAndSet(task);
        if (previous != null) {
            previous.cancel();
        }
    }

    /** Whether other bound binds do this bind's job meanwhile: any transmitter, a receiver of its group. */
    static boolean coveredByOthers(BindSlot slot, PoolConfig config) {
        boolean transmits = !slot.type.canTransmit();
        boolean receives = !slot.type.canReceive();
        for (BindSlot other : config.slots) {
            if (other == slot || !other.isBound()) {
                continue;
            }
            transmits |= other.type.canTransmit();
            receives |= other.type.canReceive() && other.group.systemType().equals(slot.group.systemType());
        }
        return transmits && receives;
    }

    /**
     * Takes a bind out for good: no attempt will bring it up again, and its session closes
     * gracefully (in the background; the future completes once it has).
     */
    CompletableFuture<Void> retire(BindSlot slot) {
        slot.retired = true;
        slot.cancelPending();
        SmppSession session = slot.session;
        return session == null ? CompletableFuture.completedFuture(null) : closeInBackground(session, slot.lease);
    }

    /** Closes gracefully in the background; the future completes once the session has closed. */
    CompletableFuture<Void> closeInBackground(SmppSession session, SessionBudget.Lease lease) {
        return CompletableFuture.runAsync(() -> {
            try {
                closeAndRelease(session, lease);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, executor);
    }

    /**
     * Closes gracefully and gives the session's place back at once: the close's own callback
     * may run a moment after close() returned, and the next bind must not find the place taken.
     */
    private static void closeAndRelease(SmppSession session, SessionBudget.Lease lease) throws InterruptedException {
        session.close();
        if (lease != null) {
            lease.release();
        }
    }
}
