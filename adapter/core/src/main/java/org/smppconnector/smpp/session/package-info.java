/**
 * One bind and the parts it is built from, independent of the PDU classes.
 * <ul>
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
 * Time comes from {@code session.time}; nothing here starts a thread.
 */
package org.smppconnector.smpp.session;
