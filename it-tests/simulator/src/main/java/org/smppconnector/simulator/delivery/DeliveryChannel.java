package org.smppconnector.simulator.delivery;

/** A bound session that deliveries can be written to. */
public interface DeliveryChannel {
    String id();

    String systemId();

    /** Its bind group ("0" unless the profile has bind groups). */
    String bindGroup();

    /** Bound as receiver or transceiver, and still open. */
    boolean canReceive();

    /** Orders binds: a later bind has a greater value. */
    long bindOrder();

    OutboundWindow window();
}
