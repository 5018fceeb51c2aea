package org.smppconnector.smpp.pool;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.ReconnectSchedule;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.session.time.ScheduledTask;

/**
 * One bind an {@link AccountPool} keeps up: a fixed number and type, a group and home host that a
 * reconfiguration may change, and a new {@link SmppSession} each time it (re)binds.
 * {@link BindKeeper} changes its session only while holding {@link #lock}.
 */
final class BindSlot implements TransmitChannel {

    final int index;
    final BindType type;
    /** Held for each step of the bind's life (connect, rebind, adjust), so steps never overlap. */
    final ReentrantLock lock = new ReentrantLock();
    /** The next reconnect or rebind attempt, if one is scheduled. */
    final AtomicReference<ScheduledTask> pending = new AtomicReference<>();
    final AtomicLong bindsMade = new AtomicLong();
    volatile BindGroup group;
    /** The host the bind belongs on. */
    volatile SmscAddress home;
    volatile ReconnectSchedule schedule;
    volatile SmppSession session;
    /** The current session's place under the session cap. */
    volatile SessionBudget.Lease lease;
    /** Where the session is (or was last) connected. */
    volatile SmscAddress address;
    /** What the current session was bound (or last adjusted) with. */
    volatile SessionSettings boundWith;
    volatile TlsSettings tlsWith;
    volatile RetryTable retryTableWith;
    /** Set once the bind is no longer configured: nothing may bring it up again. */
    volatile boolean retired;
    volatile String lastProblem;

    BindSlot(int index, BindGroup group, BindType type, SmscAddress home, ReconnectSchedule schedule) {
        this.index = index;
        this.group = group;
        this.type = type;
        this.home = home;
        this.schedule = schedule;
    }

    @Override
    public boolean isBound() {
        SmppSession s = session;
        return s != null && s.isBound();
    }

    @Override
    public int freeSlots() {
        SmppSession s = session;
        return s == null ? 0 : s.freeSlots();
    }

    /** The home host:port, so that the selector alternates between endpoints. */
    @Override
    public String host() {
        return home.toString();
    }

    void cancelPending() {
        ScheduledTask task = pending.getAndSet(null);
        if (task != null) {
            task.cancel();
        }
    }

    BindPlanner.Bind plannerView() {
        return new BindPlanner.Bind(index, group.systemType(), type, home);
    }

    BindStatus status() {
        SmppSession s = session;
        return new BindStatus(index, group.systemType(), type, address, s == null ? null : s.status(), bindsMade.get(),
                lastProblem);
    }

    @Override
    public String toString() {
        return "bind " + index + " (" + type + (group.systemType().isEmpty() ? "" : ", group " + group.systemType())
                + ", " + address + ")";
    }
}
