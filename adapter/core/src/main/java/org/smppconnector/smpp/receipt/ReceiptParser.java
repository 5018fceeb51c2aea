package org.smppconnector.smpp.receipt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a delivery receipt from a deliver_sm's short_message and receipt TLVs. The TLVs win
 * over the text for the id and the state; the result says which source each came from.
 * <p>
 * {@link #lenient()} (the default for accounts) returns whatever could be read and lists the
 * oddities in {@link DeliveryReceipt#problems()}; it fails only when the receipt has neither
 * an id nor a state. {@link #strict()} fails on a missing id or state and on any problem.
 * Instances are immutable and thread-safe.
 */
public final class ReceiptParser {

    private static final ReceiptParser LENIENT = new ReceiptParser(false);
    private static final ReceiptParser STRICT = new ReceiptParser(true);

    private final boolean strict;

    private ReceiptParser(boolean strict) {
        this.strict = strict;
    }

    public static ReceiptParser lenient() {
        return LENIENT;
    }

    public static ReceiptParser strict() {
        return STRICT;
    }

    /** A receipt that carries no TLVs. */
    public DeliveryReceipt parse(String shortMessage) {
        return parse(shortMessage, ReceiptTlvs.NONE);
    }

    /**
     * Receipt text as octets. They are read as ISO-8859-1, one character per octet, which is
     * lossless and right for the ASCII (and GSM default alphabet) letters, digits, colons and
     * spaces receipts are made of; a caller that knows the data_coding of a text: with other
     * characters should decode it and use {@link #parse(String, ReceiptTlvs)}.
     */
    public DeliveryReceipt parse(byte[] shortMessage, ReceiptTlvs tlvs) {
        return parse(new String(shortMessage, StandardCharsets.ISO_8859_1), tlvs);
    }

    /**
     * @throws ReceiptParseException when no id and no state could be read (lenient), or when
     *                               either is missing or anything is odd (strict)
     */
    public DeliveryReceipt parse(String shortMessage, ReceiptTlvs tlvs) {
        Objects.requireNonNull(shortMessage, "shortMessage");
        Objects.requireNonNull(tlvs, "tlvs");
        ReceiptText text = ReceiptText.parse(shortMessage);
        List<ReceiptProblem> problems = new ArrayList<>(text.problems());
        Pick<String> id = messageId(tlvs, text, problems);
        Pick<MessageState> state = state(tlvs, text, problems);

        Set<ReceiptField> missing = EnumSet.noneOf(ReceiptField.class);
        if (id.value() == null) {
            missing.add(ReceiptField.MESSAGE_ID);
        }
        if (state.value() == null) {
            missing.add(ReceiptField.STATE);
        }
        if (missing.size() == 2 || strict && !problems.isEmpty()) {
            throw new ReceiptParseException(missing, problems, shortMessage);
        }
        return new DeliveryReceipt(id.value(), id.source(), state.value(), state.source(),
                tlvs.networkErrorCode(), text, problems);
    }

    /** A value and where it came from; both null when neither source had it. */
    private record Pick<T>(T value, Source source) {

        static <T> Pick<T> of(T tlv, T text) {
            return tlv != null ? new Pick<>(tlv, Source.TLV)
                    : new Pick<>(text, text != null ? Source.TEXT : null);
        }
    }

    private static Pick<String> messageId(ReceiptTlvs tlvs, ReceiptText text,
                                          List<ReceiptProblem> problems) {
        String tlvId = tlvs.receiptedMessageId();
        if (tlvId != null && tlvId.isBlank()) {
            problems.add(new ReceiptProblem(ReceiptField.MESSAGE_ID, "receipted_message_id TLV is empty"));
            tlvId = null;
        }
        Pick<String> id = Pick.of(tlvId, text.id());
        if (id.value() == null) {
            problems.add(new ReceiptProblem(ReceiptField.MESSAGE_ID,
                    "missing: no receipted_message_id TLV and no id: in the text"));
        }
        return id;
    }

    private static Pick<MessageState> state(ReceiptTlvs tlvs, ReceiptText text,
                                            List<ReceiptProblem> problems) {
        MessageState tlvState = tlvState(tlvs.messageState(), problems).orElse(null);
        if (tlvState != null && text.state() != null && tlvState != text.state()) {
            problems.add(new ReceiptProblem(ReceiptField.STATE, "message_state TLV says " + tlvState
                    + " but stat: says " + text.stat() + "; kept the TLV"));
        }
        Pick<MessageState> state = Pick.of(tlvState, text.state());
        if (state.value() == null) {
            problems.add(new ReceiptProblem(ReceiptField.STATE,
                    "missing: no known message_state TLV and no known stat: in the text"));
        }
        return state;
    }

    private static Optional<MessageState> tlvState(Integer code, List<ReceiptProblem> problems) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<MessageState> state = MessageState.fromCode(code);
        if (state.isEmpty()) {
            problems.add(new ReceiptProblem(ReceiptField.STATE,
                    "message_state TLV " + code + " is not a known state; ignored it"));
        }
        return state;
    }
}
