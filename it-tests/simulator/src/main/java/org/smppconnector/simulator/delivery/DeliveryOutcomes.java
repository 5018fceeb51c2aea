package org.smppconnector.simulator.delivery;

/** What the window reports back about the deliveries it wrote. */
public interface DeliveryOutcomes {
    void written(Delivery delivery);

    void acknowledged(Delivery delivery);

    /** Answered with an error status, timed out, or the session went away: to be sent again. */
    void failed(Delivery delivery, String reason, boolean timedOut, int commandStatus);
}
