package org.smppconnector.ra.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smppconnector.api.Address;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.Ton;
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
            record = new SubmissionRecord(account.name(), message.source().map(StoreSubmissionLog::stored)
                    .filter(v -> !v.isEmpty()).orElse(null), stored(message.destination()), message.text().orElse(null),
                    userReference(message),
                    SubmissionRecord.keys(messageIds, account.settings().messageIdNormalization()), submittedAt);
        } catch (IllegalArgumentException e) {
            // Sent all the same; its receipts will be recorded unmatched.
            LOG.log(System.Logger.Level.WARNING, "account {0}: a message sent as {1} cannot be recorded: {2}",
                    account.name(), messageIds, e.getMessage());
            return;
        }
        recorder.record(record);
    }

    /**
     * An address as the store keeps it and the console searches it: an international number in
     * E.164 with its "+" (+4512345678, as the application gave it), whatever form the provider's
     * PDU wants; any other address as it is.
     */
    static String stored(Address address) {
        return address.ton() == Ton.INTERNATIONAL && !address.value().isEmpty() && !address.value().startsWith("+")
                ? "+" + address.value() : address.value();
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
