package org.smppconnector.simulator.session;

import org.smppconnector.simulator.account.BindKind;

/** Where a session's connection came from: an endpoint the simulator listens on, or an outbind it made. */
interface Origin {

    /** The endpoint the session counts under. */
    Endpoint endpoint();

    /** Whether binds are refused now (a host under maintenance). */
    boolean isRefusingBinds();

    /** Whether a bind of this kind may come on such a connection. */
    boolean allowsBind(BindKind kind);
}
