package org.smppconnector.simulator.delivery;

import java.io.IOException;

/** Writes a deliver_sm on a session. */
public interface DeliveryTransport {
    void write(Delivery delivery, int sequenceNumber) throws IOException;
}
