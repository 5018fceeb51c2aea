/**
 * One bind and the parts it is built from.
 * <ul>
 *   <li>{@link org.smppconnector.smpp.session.SmppSession}: one connection bound once
 *       (transmitter, receiver or transceiver; SMPP 3.4 or 5.0) from
 *       {@link org.smppconnector.smpp.session.SessionSettings}: requests through its window
 *       with retries of throttling refusals, keepalive both ways, deliver_sm / data_sm to an
 *       {@link org.smppconnector.smpp.session.InboundHandler} acknowledged only once handled,
 *       server unbind, graceful close; {@link org.smppconnector.smpp.session.OutbindAcceptor}
 *       binds as a receiver when an SMSC sends outbind;</li>
 *   <li>{@link org.smppconnector.smpp.session.Window}: requests in flight keyed by sequence
 *       number, each an {@link org.smppconnector.smpp.session.InFlightRequest} (its own future),
 *       with bounded waits for a slot, expiry, and connection loss that tells written from
 *       never written; {@link org.smppconnector.smpp.session.CongestionPolicy} sizes it from
 *       SMPP 5.0 congestion_state;</li>
 *   <li>{@link org.smppconnector.smpp.session.Keepalive} (decisions) and
 *       {@link org.smppconnector.smpp.session.KeepaliveTimer} (scheduling) for enquire_link;</li>
 *   <li>{@link org.smppconnector.smpp.session.ReconnectPolicy} and its per-session
 *       {@link org.smppconnector.smpp.session.ReconnectSchedule}, over a
 *       {@link org.smppconnector.smpp.session.Backoff} with
 *       {@link org.smppconnector.smpp.session.Jitter};
 *       {@link org.smppconnector.smpp.session.Slowdown} pauses sending when throttled;</li>
 *   <li>the engine's errors, under {@link org.smppconnector.smpp.session.SmppException}: each
 *       says whether it is retriable and whether the SMSC may have accepted the message.</li>
 * </ul>
 * Time comes from {@code session.time}; nothing here starts a thread (sessions and the
 * outbind acceptor run their tasks on the executor and scheduler they are given).
 */
package org.smppconnector.smpp.session;
