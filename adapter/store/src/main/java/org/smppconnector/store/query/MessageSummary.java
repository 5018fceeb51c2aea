package org.smppconnector.store.query;

import java.time.Instant;
import org.smppconnector.store.state.DeliveryState;

/** A row of the console's message list. {@code text} is null when only its digest is kept. */
public record MessageSummary(long id, String account, String source, String destination, String text,
                             String textDigest, String userReference, int partCount, DeliveryState state,
                             Instant stateAt, String node, Instant submittedAt) {
}
