package org.smppconnector.console.data;

import java.time.Instant;
import org.smppconnector.store.state.DeliveryState;

/**
 * What receipts are searched by; each criterion is optional (null). Times bound
 * {@code received_at}: from inclusive, to exclusive. Newest first.
 */
public record ReceiptSearch(String messageId, String account, DeliveryState state, Instant from, Instant to,
                            Boolean matched, int offset, int limit) {

    public static final int MAX_LIMIT = 500;
}
