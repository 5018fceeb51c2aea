package org.smppconnector.console.data;

import java.time.Instant;
import org.smppconnector.store.state.DeliveryState;

/**
 * A stored receipt with the submission it was matched to ({@code submissionId} and
 * {@code partNumber} null while it is unmatched).
 */
public record ReceiptRow(long id, String account, String messageId, Long submissionId, Integer partNumber,
                         DeliveryState state, String errorCode, Instant submitDate, Instant doneDate,
                         Instant receivedAt, String node, String session, int deliveries) {
}
