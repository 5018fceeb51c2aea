package org.smppconnector.simulator.delivery;

import java.util.List;

/** Where the router finds an account's receiving sessions. */
public interface ChannelDirectory {
    /** The account's sessions that can receive now, in bind order. */
    List<DeliveryChannel> receiving(String systemId);

    /** The session, or null when it is gone. */
    DeliveryChannel find(String sessionId);
}
