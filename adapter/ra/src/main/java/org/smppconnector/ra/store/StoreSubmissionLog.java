package org.smppconnector.ra.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.outbound.SubmissionLog;
import org.smppconnector.store.submission.SubmissionRecord;
import org.smppconnector.store.submission.SubmissionRecorder;

/**
 * Each accepted message into the store's batched {@link SubmissionRecorder}: queued on the
 * sending thread, written many per transaction, so that no send waits for a database round
 * trip. Message ids are keyed as the account's receipts will be.
 */
final class StoreSubmissionLog implements SubmissionLog {

    private static final System.Logger LOG = System.getLogger(StoreSubmissionLog.class.getName());

    private final SubmissionRecorder recorder;

    StoreSubmissionLog(SubmissionRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public void submitted(AccountDefinition account, SmsMessage message, List<String> messageIds, Instant submittedAt) {
        SubmissionRecord record;
        try {
            record = new SubmissionRecord(account.name(), message.source().map(a -> a.value()).filter(v -> !v.isEmpty())
                    .orElse(null), message.destination().value(), message.text().orElse(null), userReference(message),
                    SubmissionRecord.keys(messageIds, account.settings().messageIdNormalization()), submittedAt);
        } catch (IllegalArgumentException e) {
            // Sent all the same; its receipts will be recorded unmatched.
            LOG.log(System.Logger.Level.WARNING, "account {0}: a message sent as {1} cannot be recorded: {2}",
                    account.name(), messageIds, e.getMessage());
            return;
        }
        recorder.record(record);
    }

    /** The application's reference, else the user_message_reference it sent, in decimal. */
    static String userReference(SmsMessage message) {
        if (message.reference().isPresent()) {
            return message.reference().get();
        }
        return message.userMessageReference().isPresent()
                ? Integer.toString(message.userMessageReference().getAsInt()) : null;
    }
}
