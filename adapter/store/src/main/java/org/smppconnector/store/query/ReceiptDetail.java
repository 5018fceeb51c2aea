package org.smppconnector.store.query;

import java.time.Instant;
import org.smppconnector.store.state.DeliveryState;

/** A stored receipt; {@code deliveries} counts how often it was delivered (duplicates included). */
public record ReceiptDetail(long id, Long partId, String messageId, DeliveryState state, String errorCode,
                            Instant submitDate, Instant doneDate, Instant receivedAt, String node, String session,
                            String text, int deliveries) {
}
