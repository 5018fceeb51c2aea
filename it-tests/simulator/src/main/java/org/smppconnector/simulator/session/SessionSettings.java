package org.smppconnector.simulator.session;

import java.time.Duration;

/**
 * How sessions run.
 *
 * @param pduLogCapacity      PDUs kept per session (0 = none recorded)
 * @param bindTimeout         how long a new connection may wait before binding
 * @param processorThreads    jSMPP threads processing each session's requests
 * @param processorQueue      requests a session may have queued before jSMPP answers ESME_RTHROTTLED
 * @param enquireLinkInterval the SMSC's own enquire_link after this much silence; zero = never
 * @param transactionTimeout  how long the SMSC waits for the response to its own unbind / enquire_link
 * @param smscSystemId        the system_id in bind responses
 * @param tlsHandshakeTimeout how long a TLS endpoint waits for each read of the handshake
 */
public record SessionSettings(int pduLogCapacity, Duration bindTimeout, int processorThreads, int processorQueue,
                              Duration enquireLinkInterval, Duration transactionTimeout, String smscSystemId,
                              Duration tlsHandshakeTimeout) {
}
