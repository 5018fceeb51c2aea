package org.smppconnector.simulator.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.record.PduRecord;

/** One connection to the simulated SMSC, as tests see and steer it. */
public interface SimulatedSession {
    /** Where the session is in its life. */
    enum State { CONNECTED, BOUND, UNBOUND, CLOSED }

    String id();

    Endpoint endpoint();

    State state();

    /** The account's system_id once bound, else null. */
    String systemId();

    BindKind bindKind();

    String systemType();

    /** The bind group ("0" unless the profile groups binds by system_type). */
    String bindGroup();

    int interfaceVersion();

    Instant connectedAt();

    /** Null until bound. */
    Instant boundAt();

    /** Null while open. */
    Instant closedAt();

    /** Why the SMSC closed it (fault, inactivity, stop), or null when the ESME did. */
    String closeReason();

    /** Every PDU received and sent, oldest first (the newest the log keeps). */
    List<PduRecord> pdus();

    /** The PDUs of one command name (e.g. "unbind") in one direction. */
    default List<PduRecord> pdus(String command, Direction direction) {
        return pdus().stream().filter(p -> p.command().equals(command) && p.direction() == direction).toList();
    }

    /** True when the ESME sent unbind on this session. */
    default boolean unboundByEsme() {
        return !pdus("unbind", Direction.RECEIVED).isEmpty();
    }

    /** deliver_sm written and not yet answered. */
    int unacknowledgedDeliveries();

    /** deliver_sm waiting for room in the window. */
    int queuedDeliveries();

    /** Sends an enquire_link and tells whether the ESME answered within the timeout. */
    boolean enquireLink(Duration timeout);

    /** Server-initiated unbind: sends unbind, waits for unbind_resp (or the transaction timeout), closes. */
    void unbind();

    /** Closes the connection abruptly: no unbind, no pending response. */
    void drop();
}
