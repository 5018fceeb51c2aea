package org.smppconnector.simulator.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The state of one accepted message id: what its receipts need, and what query_sm,
 * cancel_sm and replace_sm act on.
 */
public final class TrackedMessage {
    private final String messageId;
    private final Submission submission;
    private final String textPrefix;
    private final Instant submittedAt;
    private final List<Future<?>> scheduled = new ArrayList<>(2);
    private DeliveryState state = DeliveryState.ENROUTE;
    private Instant finalAt;
    private int errorCode;
    private String replacedText;
    private DeliveryState settlesTo;
    private int settleError;
    private Instant settlesAt;

    public TrackedMessage(String messageId, Submission submission, String text, Instant submittedAt) {
        this.messageId = messageId;
        this.submission = submission;
        this.textPrefix = text.length() > 20 ? text.substring(0, 20) : text;
        this.submittedAt = submittedAt;
    }

    public String messageId() {
        return messageId;
    }

    public Submission submission() {
        return submission;
    }

    /** The first 20 characters of the part's text, as receipts quote it. */
    public String textPrefix() {
        return textPrefix;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public synchronized DeliveryState state() {
        settle();
        return state;
    }

    public synchronized Instant finalAt() {
        settle();
        return finalAt;
    }

    public synchronized int errorCode() {
        settle();
        return errorCode;
    }

    public synchronized String replacedText() {
        settle();
        return replacedText;
    }

    /**
     * The message reaches this final state at that time with no timer task: for the messages
     * whose receipt nobody asked for, the state is brought up to date whenever it is read.
     */
    public synchronized void settleAt(DeliveryState finalState, int error, Instant at) {
        settlesTo = finalState;
        settleError = error;
        settlesAt = at;
    }

    private void settle() {
        if (settlesAt != null && !state.isFinal() && !Instant.now().isBefore(settlesAt)) {
            state = settlesTo;
            finalAt = settlesAt;
            errorCode = settleError;
        }
        if (state.isFinal()) {
            settlesAt = null;
        }
    }

    /** Remembers a scheduled receipt so that cancel_sm can stop it. */
    public synchronized void scheduled(Future<?> future) {
        if (!state.isFinal()) {
            scheduled.add(future);
        }
    }

    /** Moves to a new state unless a final one was already reached; true when it moved. */
    public synchronized boolean moveTo(DeliveryState next, int error, Instant at) {
        settle();
        if (state.isFinal()) {
            return false;
        }
        state = next;
        if (next.isFinal()) {
            finalAt = at;
            errorCode = error;
            scheduled.clear();
        }
        return true;
    }

    /** cancel_sm: true when the message was still pending, and is now DELETED with no receipt to come. */
    public synchronized boolean cancel(Instant at) {
        settle();
        if (state.isFinal()) {
            return false;
        }
        state = DeliveryState.DELETED;
        finalAt = at;
        scheduled.forEach(future -> future.cancel(false));
        scheduled.clear();
        return true;
    }

    /** replace_sm: true when the message was still pending. */
    public synchronized boolean replace(String text) {
        settle();
        if (state.isFinal()) {
            return false;
        }
        replacedText = text;
        return true;
    }
}
