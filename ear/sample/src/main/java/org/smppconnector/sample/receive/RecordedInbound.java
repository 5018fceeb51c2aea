package org.smppconnector.sample.receive;

import java.time.Instant;

/**
 * An inbound message as the sample recorded it.
 *
 * @param from the mobile user's number, "+" and digits when international
 * @param to   the account's number or short code it was sent to
 * @param text null when the content was binary or in a coding the connector cannot read
 */
public record RecordedInbound(String account, String bindGroup, String from, String to, String text,
        int parts, int dataCoding, Instant receivedAt) {
}
