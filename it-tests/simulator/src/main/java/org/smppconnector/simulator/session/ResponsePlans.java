package org.smppconnector.simulator.session;

import org.smppconnector.simulator.fault.ResponseAction;

/** Where a fault leaves what to do with the response to one request, by sequence number. */
public interface ResponsePlans {
    void plan(int sequenceNumber, ResponseAction action);
}
