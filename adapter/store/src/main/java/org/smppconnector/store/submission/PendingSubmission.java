package org.smppconnector.store.submission;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.smppconnector.store.state.DeliveryState;

/**
 * A submission queued in the recorder, not written yet. A receipt that overtakes it (the usual
 * case on a fast SMSC) is applied to it in memory, so that it is written once with its state
 * instead of written and then updated. Used only under the recorder's write lock.
 */
public final class PendingSubmission {

    private final SubmissionRecord record;
    private DeliveryState[] states;
    private String[] errorCodes;
    private Instant[] stateAts;
    private long id;
    private long[] partIds;

    PendingSubmission(SubmissionRecord record) {
        this.record = record;
    }

    public SubmissionRecord record() {
        return record;
    }

    /** Part {@code part} (from 1). */
    public DeliveryState state(int part) {
        return states == null ? DeliveryState.SUBMITTED : states[part - 1];
    }

    String errorCode(int part) {
        return errorCodes == null ? null : errorCodes[part - 1];
    }

    Instant stateAt(int part) {
        return stateAts == null ? null : stateAts[part - 1];
    }

    /**
     * Applies a receipt's state to a part when it replaces the part's state.
     *
     * @return whether it did
     */
    public boolean apply(int part, DeliveryState state, String errorCode, Instant at) {
        if (!state.replaces(state(part))) {
            return false;
        }
        if (states == null) {
            states = new DeliveryState[record.partCount()];
            Arrays.fill(states, DeliveryState.SUBMITTED);
            errorCodes = new String[record.partCount()];
            stateAts = new Instant[record.partCount()];
        }
        states[part - 1] = state;
        errorCodes[part - 1] = errorCode;
        stateAts[part - 1] = at;
        return true;
    }

    public DeliveryState combinedState() {
        return states == null ? DeliveryState.SUBMITTED : DeliveryState.combine(List.of(states));
    }

    /** When the combined state was reached: the latest part's; null before any receipt. */
    Instant combinedStateAt() {
        if (stateAts == null) {
            return null;
        }
        Instant latest = null;
        for (Instant at : stateAts) {
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
        return latest;
    }

    /** Forgets the states applied: the transaction that applied them failed. */
    void reset() {
        states = null;
        errorCodes = null;
        stateAts = null;
        id = 0;
        partIds = null;
    }

    /** The submission's row id, once inserted. */
    public long id() {
        return id;
    }

    /** Part {@code part}'s row id (from 1), once inserted. */
    public long partId(int part) {
        return partIds[part - 1];
    }

    void inserted(long submissionId, long[] partRowIds) {
        this.id = submissionId;
        this.partIds = partRowIds;
    }
}
