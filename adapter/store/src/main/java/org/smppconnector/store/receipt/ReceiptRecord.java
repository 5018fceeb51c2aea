package org.smppconnector.store.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;
import org.smppconnector.smpp.receipt.DeliveryReceipt;
import org.smppconnector.smpp.receipt.MessageIdNormalizer;
import org.smppconnector.smpp.receipt.ReceiptDate;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.submission.SubmissionRecord;

/**
 * A delivery receipt as the store records it.
 *
 * @param account     the account whose bind received it
 * @param messageId   the receipted message's id as a key: normalised as the submission's was
 *                    ({@link DeliveryReceipt#matchKey}); {@link #from} does it
 * @param state       the reported state; never SUBMITTED
 * @param errorCode   the err value as written, else the network error code; may be null
 * @param submitDate  the receipt's submit date; may be null
 * @param doneDate    the receipt's done date; may be null
 * @param receivedAt  when this node received it
 * @param session     which bind received it (for the console); may be null
 * @param text        the receipt text; may be null; cut to {@link #MAX_TEXT} characters
 */
public record ReceiptRecord(String account, String messageId, DeliveryState state, String errorCode,
                            Instant submitDate, Instant doneDate, Instant receivedAt, String session, String text) {

    public static final int MAX_TEXT = 1000;
    private static final int MAX_ERROR = 16;
    private static final HexFormat HEX = HexFormat.of();

    public ReceiptRecord {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("account: must not be blank");
        }
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("messageId: a receipt without a message id cannot be matched");
        }
        if (messageId.length() > SubmissionRecord.MAX_MESSAGE_ID) {
            throw new IllegalArgumentException("messageId: at most " + SubmissionRecord.MAX_MESSAGE_ID + " characters");
        }
        Objects.requireNonNull(state, "state");
        if (state == DeliveryState.SUBMITTED) {
            throw new IllegalArgumentException("state: a receipt reports a message state, not SUBMITTED");
        }
        if (errorCode != null && errorCode.length() > MAX_ERROR) {
            errorCode = errorCode.substring(0, MAX_ERROR);
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (session != null && session.length() > 100) {
            session = session.substring(0, 100);
        }
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    /**
     * The record of a parsed receipt.
     *
     * @param normalizer the account's message id normalisation
     * @param smscZone   the zone the SMSC writes its receipt dates in
     * @throws IllegalArgumentException when the receipt has no message id or no known state
     */
    public static ReceiptRecord from(String account, DeliveryReceipt receipt, MessageIdNormalizer normalizer,
                                     ZoneId smscZone, String session, Instant receivedAt) {
        String key = receipt.matchKey(normalizer)
                .orElseThrow(() -> new IllegalArgumentException("messageId: the receipt carries none"));
        if (receipt.state() == null) {
            throw new IllegalArgumentException("state: the receipt's state is missing or unknown");
        }
        String error = receipt.text().err();
        if (error == null && receipt.networkErrorCode() != null) {
            error = Integer.toString(receipt.networkErrorCode().errorCode());
        }
        return new ReceiptRecord(account, key, DeliveryState.of(receipt.state()), error,
                instant(receipt.text().submitDate(), smscZone), instant(receipt.text().doneDate(), smscZone),
                receivedAt, session, receipt.text().raw().isEmpty() ? null : receipt.text().raw());
    }

    /**
     * What makes this receipt itself, whichever node receives it and however often: a digest of
     * its account, message id, state, error, dates and text. A second delivery has the same
     * fingerprint; the store keeps one receipt per fingerprint.
     */
    public String fingerprint() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        String identity = account + '\0' + messageId + '\0' + state.name() + '\0' + Objects.toString(errorCode, "") + '\0'
                + Objects.toString(submitDate, "") + '\0' + Objects.toString(doneDate, "") + '\0'
                + Objects.toString(text, "");
        return HEX.formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
    }

    private static Instant instant(ReceiptDate date, ZoneId zone) {
        return date == null ? null : date.atZone(zone).map(z -> z.toInstant()).orElse(null);
    }
}
