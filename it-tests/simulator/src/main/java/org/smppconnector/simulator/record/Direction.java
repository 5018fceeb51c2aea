package org.smppconnector.simulator.record;

/** Which way a PDU travelled, seen from the simulated SMSC. */
public enum Direction {
    RECEIVED, SENT
}
