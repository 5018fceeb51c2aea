package org.smppconnector.simulator.receipt;

import java.util.List;
import java.util.Objects;

import org.smppconnector.simulator.message.DeliveryState;

/**
 * What becomes of a message: its final state and error code, the intermediate states
 * reported on the way, or no receipt at all (the message stays ENROUTE).
 */
public record Outcome(DeliveryState finalState, int errorCode, List<DeliveryState> intermediates, boolean silent) {
    public Outcome {
        Objects.requireNonNull(finalState, "finalState");
        if (!finalState.isFinal()) {
            throw new IllegalArgumentException(finalState + " is not a final state");
        }
        intermediates = List.copyOf(intermediates);
        for (DeliveryState state : intermediates) {
            if (state.isFinal()) {
                throw new IllegalArgumentException(state + " is not an intermediate state");
            }
        }
    }

    public static Outcome of(DeliveryState finalState) {
        return new Outcome(finalState, 0, List.of(), false);
    }

    public static Outcome of(DeliveryState finalState, int errorCode) {
        return new Outcome(finalState, errorCode, List.of(), false);
    }

    /** The message never reaches a final state and no receipt is ever sent. */
    public static Outcome never() {
        return new Outcome(DeliveryState.UNKNOWN, 0, List.of(), true);
    }

    /** The same outcome, reported after these intermediate states. */
    public Outcome withIntermediates(DeliveryState... states) {
        return new Outcome(finalState, errorCode, List.of(states), silent);
    }
}
