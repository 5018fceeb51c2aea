package org.smppconnector.smpp.receipt;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed delivery receipt: the message id and state it reports, each taken from its TLV
 * when the PDU carried one and from the text otherwise, with the source said; the TLV's
 * network error code; and everything the text said.
 *
 * @param messageId        the id of the receipted message; null when neither TLV nor text had one
 * @param messageIdSource  where {@code messageId} came from; null with it
 * @param state            the reported state; null when neither TLV nor text gave a known one
 * @param stateSource      where {@code state} came from; null with it
 * @param networkErrorCode the network_error_code TLV; null when absent (the text's err is in
 *                         {@code text().err()})
 * @param text             the receipt text, parsed
 * @param problems         what was odd in the TLVs and the text, including a missing id or state
 */
public record DeliveryReceipt(String messageId, Source messageIdSource,
                              MessageState state, Source stateSource,
                              NetworkErrorCode networkErrorCode, ReceiptText text,
                              List<ReceiptProblem> problems) {

    public DeliveryReceipt {
        Objects.requireNonNull(text, "text");
        problems = List.copyOf(problems);
        if ((messageId == null) != (messageIdSource == null) || (state == null) != (stateSource == null)) {
            throw new IllegalArgumentException("a value and its source go together");
        }
    }

    /** Whether the state is final, so that later receipts must not overwrite it. */
    public boolean isFinal() {
        return state != null && state.isFinal();
    }

    /** Where the error code came from: the TLV when present, else the text's err field. */
    public Optional<Source> errorSource() {
        if (networkErrorCode != null) {
            return Optional.of(Source.TLV);
        }
        return text.err() == null ? Optional.empty() : Optional.of(Source.TEXT);
    }

    /**
     * The key to find this receipt's submission by. A receipted_message_id TLV holds the id in
     * its submit_sm_resp form (SMPP 3.4 5.3.2.12), so it is keyed as a response id; the text's
     * id is keyed in the receipt form the account declares.
     */
    public Optional<String> matchKey(MessageIdNormalizer normalizer) {
        if (messageId == null) {
            return Optional.empty();
        }
        return Optional.of(messageIdSource == Source.TLV
                ? normalizer.submitResponseKey(messageId)
                : normalizer.receiptKey(messageId));
    }
}
