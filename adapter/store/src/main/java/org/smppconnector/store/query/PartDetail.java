package org.smppconnector.store.query;

import java.time.Instant;
import org.smppconnector.store.state.DeliveryState;

/** One part of a message with its current state. */
public record PartDetail(long id, int partNumber, String messageId, DeliveryState state, String errorCode,
                         Instant stateAt) {
}
