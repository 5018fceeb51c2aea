package org.smppconnector.smpp.session;

/**
 * A snapshot of one session for monitoring. Times are on the session's scheduler clock
 * (nanoseconds, only differences mean anything); 0 when it never happened.
 *
 * @param target               host:port, or null before connecting
 * @param scInterfaceVersion   the SMSC's sc_interface_version, -1 when it sent none
 * @param windowInUse          requests waiting for their response now
 * @param windowLimit          how many may be in flight now (shrinks with congestion)
 */
public record SessionStatus(SmppSession.State state, BindType bindType, String systemType, String target,
                            int scInterfaceVersion, int windowInUse, int windowLimit, long boundAtNanos,
                            long lastEnquireLinkSentNanos, long lastEnquireLinkAnsweredNanos,
                            long requestsSent, long responsesOk, long requestsFailed, long retries,
                            long inboundReceived, long inboundRefused) {
}
