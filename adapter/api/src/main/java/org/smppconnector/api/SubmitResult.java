package org.smppconnector.api;

import java.util.List;

/**
 * What the SMSC answered to a submitted message: the message id of each part, in part order.
 * A text that fitted in one part has one. Receipts, queries and cancellations refer to these ids.
 */
public final class SubmitResult {

    private final List<String> messageIds;

    /**
     * @param messageIds the id of each part, in part order; at least one
     */
    public SubmitResult(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            throw new IllegalArgumentException("a submitted message has at least one part");
        }
        this.messageIds = List.copyOf(messageIds);
    }

    public static SubmitResult of(String... messageIds) {
        return new SubmitResult(List.of(messageIds));
    }

    /** The id of the first part: the message's only id, unless it was split. */
    public String messageId() {
        return messageIds.get(0);
    }

    /** The id of each part, in part order. */
    public List<String> messageIds() {
        return messageIds;
    }

    public int partCount() {
        return messageIds.size();
    }

    public boolean isMultipart() {
        return messageIds.size() > 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubmitResult that && messageIds.equals(that.messageIds);
    }

    @Override
    public int hashCode() {
        return messageIds.hashCode();
    }

    @Override
    public String toString() {
        return "SubmitResult" + messageIds;
    }
}
