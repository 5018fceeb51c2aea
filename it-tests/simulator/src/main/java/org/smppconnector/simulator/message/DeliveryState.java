package org.smppconnector.simulator.message;

/** The states of a submitted message (SMPP message_state) and the stat text receipts show. */
public enum DeliveryState {
    ENROUTE(1, "ENROUTE"),
    DELIVERED(2, "DELIVRD"),
    EXPIRED(3, "EXPIRED"),
    DELETED(4, "DELETED"),
    UNDELIVERABLE(5, "UNDELIV"),
    ACCEPTED(6, "ACCEPTD"),
    UNKNOWN(7, "UNKNOWN"),
    REJECTED(8, "REJECTD");

    private final int messageState;
    private final String stat;

    DeliveryState(int messageState, String stat) {
        this.messageState = messageState;
        this.stat = stat;
    }

    /** The message_state TLV / query_sm_resp value. */
    public int messageState() {
        return messageState;
    }

    /** The receipt's {@code stat:} text, e.g. DELIVRD. */
    public String stat() {
        return stat;
    }

    /** ENROUTE and ACCEPTD are intermediate (providers send them before the outcome); the rest are final. */
    public boolean isFinal() {
        return this != ENROUTE && this != ACCEPTED;
    }

    public boolean isSuccess() {
        return this == DELIVERED;
    }

    /** Reads a stat text (DELIVRD) or an enum name (DELIVERED), any case. */
    public static DeliveryState parse(String text) {
        String name = text.trim().toUpperCase(java.util.Locale.ROOT);
        for (DeliveryState state : values()) {
            if (state.stat.equals(name) || state.name().equals(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown delivery state '" + text + "'");
    }
}
