package org.smppconnector.smpp.receipt;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a submitted message: the {@code message_state} TLV's code (SMPP 3.4 5.2.28,
 * SMPP 5.0 4.7.15) and the {@code stat:} word of the receipt text (SMPP 3.4 Appendix B).
 */
public enum MessageState {
    /** SMPP 5.0: delivery not yet started; 3.4 SMSCs say ENROUTE instead. */
    SCHEDULED(0, "SCHEDULED", false),
    ENROUTE(1, "ENROUTE", false),
    DELIVERED(2, "DELIVRD", true),
    EXPIRED(3, "EXPIRED", true),
    DELETED(4, "DELETED", true),
    UNDELIVERABLE(5, "UNDELIV", true),
    /**
     * Final in the specification (read by customer care on the subscriber's behalf), but
     * providers send it for "accepted, will be sent" (Mitto) and follow it with DELIVRD, so
     * treating it as final would discard the real outcome.
     */
    ACCEPTED(6, "ACCEPTD", false),
    /** "Invalid state" with no finality in the specification: a later state may explain it. */
    UNKNOWN(7, "UNKNOWN", false),
    REJECTED(8, "REJECTD", true),
    /** SMPP 5.0: accepted but not transmitted. */
    SKIPPED(9, "SKIPPED", true);

    /** Spellings seen in the wild besides each state's receipt text and enum name. */
    private static final Map<String, MessageState> BY_TEXT = new HashMap<>();

    static {
        for (MessageState state : values()) {
            BY_TEXT.put(state.receiptText, state);
            BY_TEXT.put(state.name(), state);
        }
        BY_TEXT.put("DELIVERD", DELIVERED);      // misspelling handled by Kannel-based gateways
        BY_TEXT.put("UNDELIVERED", UNDELIVERABLE);
        BY_TEXT.put("FAILED", UNDELIVERABLE);    // reported by vumi users
        BY_TEXT.put("BUFFRED", ENROUTE);         // Kannel: buffered in the SMSC, still trying
        BY_TEXT.put("BUFFERD", ENROUTE);
        BY_TEXT.put("BUFFERED", ENROUTE);
        BY_TEXT.put("ACKED", ACCEPTED);          // Kannel groups it with ACCEPTD
    }

    private final int code;
    private final String receiptText;
    private final boolean isFinal;

    MessageState(int code, String receiptText, boolean isFinal) {
        this.code = code;
        this.receiptText = receiptText;
        this.isFinal = isFinal;
    }

    /** The {@code message_state} TLV value. */
    public int code() {
        return code;
    }

    /** The word an SMSC writes after {@code stat:}, e.g. {@code DELIVRD}. */
    public String receiptText() {
        return receiptText;
    }

    /** Whether no later receipt can change the outcome: a late ENROUTE must not overwrite it. */
    public boolean isFinal() {
        return isFinal;
    }

    public static Optional<MessageState> fromCode(int code) {
        for (MessageState state : values()) {
            if (state.code == code) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** Reads a {@code stat:} word in any case, in its 7-letter, long or a known variant form. */
    public static Optional<MessageState> fromReceiptText(String stat) {
        return Optional.ofNullable(BY_TEXT.get(stat.strip().toUpperCase(Locale.ROOT)));
    }
}
