package org.smppconnector.api;

import java.util.Optional;

/**
 * The state of a submitted message, as receipts and query_sm report it: the message_state
 * values of SMPP 3.4 (5.2.28) and 5.0, and the {@code stat:} words of receipt texts.
 */
public enum MessageState {
    /** Delivery not started yet (SMPP 5.0; 3.4 SMSCs say ENROUTE). */
    SCHEDULED(0, false),
    /** On its way; the SMSC keeps trying. */
    ENROUTE(1, false),
    /** Delivered to the handset (DELIVRD). */
    DELIVERED(2, true),
    /** Its validity ran out before it could be delivered. */
    EXPIRED(3, true),
    /** Deleted, e.g. cancelled. */
    DELETED(4, true),
    /** Cannot be delivered (UNDELIV), e.g. the number does not exist. */
    UNDELIVERABLE(5, true),
    /**
     * Accepted (ACCEPTD). Final in the specification, but providers send it for "accepted, will
     * be sent" and follow it with the outcome, so it is not treated as final.
     */
    ACCEPTED(6, false),
    /** The SMSC does not know; also what a receipt with no readable state is reported as. */
    UNKNOWN(7, false),
    /** Refused (REJECTD), e.g. blocked by the provider. */
    REJECTED(8, true),
    /** Accepted but not sent (SMPP 5.0). */
    SKIPPED(9, true);

    private final int code;
    private final boolean isFinal;

    MessageState(int code, boolean isFinal) {
        this.code = code;
        this.isFinal = isFinal;
    }

    /** The message_state value. */
    public int code() {
        return code;
    }

    /**
     * Whether no later report can change the outcome. Receipts may arrive in any order: a late
     * ENROUTE must not overwrite a DELIVERED.
     */
    public boolean isFinal() {
        return isFinal;
    }

    /** The state for a message_state value; empty for values no version of SMPP defines. */
    public static Optional<MessageState> fromCode(int code) {
        for (MessageState state : values()) {
            if (state.code == code) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
