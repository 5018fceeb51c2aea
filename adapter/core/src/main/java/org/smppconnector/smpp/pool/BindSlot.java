package org.smppconnector.smpp.pool;

import java.util.concurrent.atomic.AtomicLong;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.ReconnectSchedule;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.session.time.ScheduledTask;

/**
 * One bind an {@link AccountPool} keeps up: fixed group, type and preferred host; a new
 * {@link SmppSession} each time it (re)binds.
 */
final class BindSlot implements TransmitChannel {

    final int index;
    final BindGroup group;
    final BindType type;
    final int preferredHost;
    final String preferredHostName;
    final ReconnectSchedule schedule;
    final AtomicLong bindsMade = new AtomicLong();
    volatile SmppSession session;
    volatile SmscAddress address;
    volatile ScheduledTask pendingReconnect;
    volatile String lastProblem;

    BindSlot(int index, BindGroup group, BindType type, int preferredHost, String preferredHostName,
             ReconnectSchedule schedule) {
        this.index = index;
        this.group = group;
        this.type = type;
        this.preferredHost = preferredHost;
        this.preferredHostName = preferredHostName;
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

    /** The preferred host:port, so that the selector alternates between endpoints. */
    @Override
    public String host() {
        return preferredHostName;
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
