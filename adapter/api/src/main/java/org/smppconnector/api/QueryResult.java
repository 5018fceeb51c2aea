package org.smppconnector.api;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** What the SMSC answered to {@link SmppConnection#query}: query_sm_resp (SMPP 3.4, 4.8.2). */
public final class QueryResult {

    private final String messageId;
    private final MessageState state;
    private final OffsetDateTime finalDate;
    private final int errorCode;

    /**
     * @param messageId the id queried
     * @param state     the message's state
     * @param finalDate when it reached its final state; null while it has none
     * @param errorCode the network's error code for the message (error_code), 0 for none
     */
    public QueryResult(String messageId, MessageState state, OffsetDateTime finalDate, int errorCode) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.state = Objects.requireNonNull(state, "state");
        this.finalDate = finalDate;
        if (errorCode < 0 || errorCode > 0xFF) {
            throw new IllegalArgumentException("error_code is one octet, not " + errorCode);
        }
        this.errorCode = errorCode;
    }

    public String messageId() {
        return messageId;
    }

    public MessageState state() {
        return state;
    }

    /** When the message reached its final state; empty while it has none. */
    public Optional<OffsetDateTime> finalDate() {
        return Optional.ofNullable(finalDate);
    }

    /** The network's error code for the message (query_sm_resp error_code); 0 for none. */
    public int errorCode() {
        return errorCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryResult that && messageId.equals(that.messageId) && state == that.state
                && Objects.equals(finalDate, that.finalDate) && errorCode == that.errorCode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, state, finalDate, errorCode);
    }

    @Override
    public String toString() {
        return "QueryResult[" + messageId + " " + state + (finalDate == null ? "" : " at " + finalDate)
                + (errorCode == 0 ? "" : " error " + errorCode) + "]";
    }
}
