package org.smppconnector.smpp.split;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.smppconnector.smpp.text.DataCoding;

/**
 * One PDU's worth of a message, in plain values for the session layer to map onto submit_sm or
 * data_sm: the data_coding, the esm_class UDHI flag, the short_message octets (UDH included), and
 * when the method uses them the SAR values or the message_payload octets (short_message is then
 * empty). Immutable; accessors return copies.
 */
public final class MessagePart {

    /** The esm_class bit that says short_message (or message_payload) starts with a UDH. */
    public static final int ESM_CLASS_UDHI = 0x40;

    private final DataCoding dataCoding;
    private final boolean udhIndicator;
    private final byte[] shortMessage;
    private final byte[] messagePayload;
    private final SarSegment sar;

    MessagePart(DataCoding dataCoding, boolean udhIndicator, byte[] shortMessage, byte[] messagePayload, SarSegment sar) {
        this.dataCoding = Objects.requireNonNull(dataCoding, "dataCoding");
        this.udhIndicator = udhIndicator;
        this.shortMessage = Objects.requireNonNull(shortMessage, "shortMessage");
        this.messagePayload = messagePayload;
        this.sar = sar;
    }

    public DataCoding dataCoding() {
        return dataCoding;
    }

    /** Whether the user data starts with a UDH; set {@link #ESM_CLASS_UDHI} in esm_class then. */
    public boolean udhIndicator() {
        return udhIndicator;
    }

    /** The bits to OR into esm_class: {@link #ESM_CLASS_UDHI} or 0. */
    public int esmClassFlags() {
        return udhIndicator ? ESM_CLASS_UDHI : 0;
    }

    /** The short_message octets (empty when the part uses message_payload). */
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /** The message_payload TLV's octets, when the part uses it. */
    public Optional<byte[]> messagePayload() {
        return Optional.ofNullable(messagePayload).map(byte[]::clone);
    }

    /** The SAR TLV values, when the method is {@link ConcatenationMethod#SAR_TLV} and there are several parts. */
    public Optional<SarSegment> sar() {
        return Optional.ofNullable(sar);
    }

    /** The octets that carry the user data: message_payload when present, else short_message. */
    public byte[] userData() {
        return (messagePayload != null ? messagePayload : shortMessage).clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MessagePart)) {
            return false;
        }
        MessagePart other = (MessagePart) o;
        return dataCoding.equals(other.dataCoding) && udhIndicator == other.udhIndicator
                && Arrays.equals(shortMessage, other.shortMessage) && Arrays.equals(messagePayload, other.messagePayload)
                && Objects.equals(sar, other.sar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataCoding, udhIndicator, sar) * 31 + Arrays.hashCode(shortMessage) * 17
                + Arrays.hashCode(messagePayload);
    }

    @Override
    public String toString() {
        java.util.HexFormat hex = java.util.HexFormat.of();
        return "MessagePart[" + dataCoding + (udhIndicator ? ", UDHI" : "")
                + ", short_message=" + hex.formatHex(shortMessage)
                + (messagePayload != null ? ", message_payload=" + messagePayload.length + " octets" : "")
                + (sar != null ? ", " + sar : "") + "]";
    }
}
