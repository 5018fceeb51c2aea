package org.smppconnector.sample.receive;

import java.time.Instant;
import java.time.LocalDateTime;
import org.smppconnector.api.MessageState;

/**
 * A receipt as the sample recorded it.
 *
 * @param messageId  null when the receipt named none the connector could read
 * @param error      the receipt's {@code err:} field, or null
 * @param doneDate   the SMSC's done date (its local time), or null
 * @param deliveries how many times this same receipt was delivered
 */
public record RecordedReceipt(String account, String bindGroup, String messageId, MessageState state,
        boolean isFinal, String error, LocalDateTime doneDate, Instant receivedAt, int deliveries) {
}
