package org.smppconnector.store.query;

import java.time.Instant;
import org.smppconnector.store.state.DeliveryState;

/**
 * What the console searches messages by; every criterion is optional (null) and those given
 * must all hold. Times bound {@code submitted_at}: from inclusive, to exclusive. Newest first.
 *
 * @param messageId any part's message id (the stored key)
 * @param offset    rows to skip
 * @param limit     rows per page, 1..{@value #MAX_LIMIT}
 */
public record MessageSearch(String messageId, String destination, String source, String account, DeliveryState state,
                            Instant from, Instant to, String userReference, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public MessageSearch {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** Everything, first page of 50. */
    public static MessageSearch all() {
        return new MessageSearch(null, null, null, null, null, null, null, null, 0, 50);
    }

    public MessageSearch withMessageId(String value) {
        return new MessageSearch(value, destination, source, account, state, from, to, userReference, offset, limit);
    }

    public MessageSearch withDestination(String value) {
        return new MessageSearch(messageId, value, source, account, state, from, to, userReference, offset, limit);
    }

    public MessageSearch withSource(String value) {
        return new MessageSearch(messageId, destination, value, account, state, from, to, userReference, offset, limit);
    }

    public MessageSearch withAccount(String value) {
        return new MessageSearch(messageId, destination, source, value, state, from, to, userReference, offset, limit);
    }

    public MessageSearch withState(DeliveryState value) {
        return new MessageSearch(messageId, destination, source, account, value, from, to, userReference, offset, limit);
    }

    public MessageSearch between(Instant fromInclusive, Instant toExclusive) {
        return new MessageSearch(messageId, destination, source, account, state, fromInclusive, toExclusive,
                userReference, offset, limit);
    }

    public MessageSearch withUserReference(String value) {
        return new MessageSearch(messageId, destination, source, account, state, from, to, value, offset, limit);
    }

    public MessageSearch page(int newOffset, int newLimit) {
        return new MessageSearch(messageId, destination, source, account, state, from, to, userReference, newOffset,
                newLimit);
    }
}
