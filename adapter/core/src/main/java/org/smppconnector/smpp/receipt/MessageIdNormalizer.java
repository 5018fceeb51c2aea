package org.smppconnector.smpp.receipt;

/**
 * Turns the message id an SMSC returned in submit_sm_resp, and the id it later writes in
 * receipts, into one key, so that a receipt finds its submission even when the SMSC writes
 * the same id in two forms. The standard forms are {@link MessageIdNormalization}.
 */
public interface MessageIdNormalizer {

    /** The key of an id as returned in submit_sm_resp (and in receipted_message_id). */
    String submitResponseKey(String submitResponseId);

    /** The key of an id as written after {@code id:} in a receipt's text. */
    String receiptKey(String receiptId);
}
