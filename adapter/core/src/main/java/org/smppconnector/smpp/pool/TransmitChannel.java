package org.smppconnector.smpp.pool;

/** What {@link BindSelector} needs to know of a bind that can transmit. Reads must be cheap. */
public interface TransmitChannel {

    /** Whether it is bound and may take requests now. */
    boolean isBound();

    /** How many more requests its window takes without waiting. */
    int freeSlots();

    /** The SMSC host it is connected to, to spread load across hosts. */
    String host();
}
