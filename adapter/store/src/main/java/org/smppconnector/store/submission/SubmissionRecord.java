package org.smppconnector.store.submission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smppconnector.smpp.receipt.MessageIdNormalizer;

/**
 * One message an application submitted, as the store records it.
 *
 * @param account       the account it went through
 * @param source        the source address; may be null
 * @param destination   the destination address
 * @param text          the text; may be null (binary messages). Kept or digested per {@link TextPrivacy}
 * @param userReference the application's reference, handed back with each receipt; may be null
 * @param messageIds    each part's message id in part order, as keys: normalised with the
 *                      account's {@link MessageIdNormalizer#submitResponseKey(String)}
 *                      ({@link #keys} does it)
 * @param submittedAt   when the message was submitted
 */
public record SubmissionRecord(String account, String source, String destination, String text, String userReference,
                               List<String> messageIds, Instant submittedAt) {

    /** Longest message id the store keeps (SMPP's is 65 octets). */
    public static final int MAX_MESSAGE_ID = 100;

    public SubmissionRecord {
        requireText("account", account, 100);
        requireText("destination", destination, 32);
        if (source != null && source.length() > 32) {
            throw new IllegalArgumentException("source: at most 32 characters: " + source);
        }
        if (userReference != null && userReference.length() > 200) {
            throw new IllegalArgumentException("userReference: at most 200 characters");
        }
        messageIds = List.copyOf(Objects.requireNonNull(messageIds, "messageIds"));
        if (messageIds.isEmpty()) {
            throw new IllegalArgumentException("messageIds: a submission has at least one part");
        }
        for (String id : messageIds) {
            requireText("messageIds", id, MAX_MESSAGE_ID);
        }
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** The message ids as submit_sm_resp returned them, keyed with the account's normalizer. */
    public static List<String> keys(List<String> submitResponseIds, MessageIdNormalizer normalizer) {
        return submitResponseIds.stream().map(normalizer::submitResponseKey).toList();
    }

    public int partCount() {
        return messageIds.size();
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters: " + value);
        }
    }
}
