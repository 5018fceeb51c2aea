package org.smppconnector.store.state;

import java.util.List;
import java.util.Objects;
import org.smppconnector.smpp.receipt.MessageState;

/**
 * The state of a submitted part, or of a whole submission: {@link #SUBMITTED} until a receipt
 * says more, then the receipt's {@link MessageState}. The store writes the constant's name.
 *
 * <p>Precedence: a final state is never replaced (a late ENROUTE after DELIVERED changes
 * nothing, nor does a second final state); a non-final state replaces a non-final one no more
 * advanced than itself. Advancement: SUBMITTED, UNKNOWN, SCHEDULED, ENROUTE, ACCEPTED, then the
 * final states.
 */
public enum DeliveryState {
    SUBMITTED(0, null),
    UNKNOWN(1, MessageState.UNKNOWN),
    SCHEDULED(2, MessageState.SCHEDULED),
    ENROUTE(3, MessageState.ENROUTE),
    ACCEPTED(4, MessageState.ACCEPTED),
    DELIVERED(5, MessageState.DELIVERED),
    EXPIRED(5, MessageState.EXPIRED),
    DELETED(5, MessageState.DELETED),
    UNDELIVERABLE(5, MessageState.UNDELIVERABLE),
    REJECTED(5, MessageState.REJECTED),
    SKIPPED(5, MessageState.SKIPPED);

    private final int advancement;
    private final MessageState messageState;

    DeliveryState(int advancement, MessageState messageState) {
        this.advancement = advancement;
        this.messageState = messageState;
    }

    public static DeliveryState of(MessageState state) {
        Objects.requireNonNull(state, "state");
        for (DeliveryState candidate : values()) {
            if (candidate.messageState == state) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no delivery state for " + state);
    }

    /** The receipt's state this stands for; null for SUBMITTED. */
    public MessageState messageState() {
        return messageState;
    }

    public boolean isFinal() {
        return messageState != null && messageState.isFinal();
    }

    /** Final and not delivered. */
    public boolean isFailure() {
        return isFinal() && this != DELIVERED;
    }

    /** Whether a receipt saying {@code this} replaces {@code current}. */
    public boolean replaces(DeliveryState current) {
        return !current.isFinal() && advancement >= current.advancement;
    }

    /**
     * The state of a message from its parts' states, in part order: DELIVERED when all were
     * delivered; the first failure when any part failed; else the least advanced part's state.
     */
    public static DeliveryState combine(List<DeliveryState> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a message has at least one part");
        }
        DeliveryState least = null;
        for (DeliveryState part : parts) {
            if (part.isFailure()) {
                return part;
            }
            if (least == null || part.advancement < least.advancement) {
                least = part;
            }
        }
        return least;
    }
}
