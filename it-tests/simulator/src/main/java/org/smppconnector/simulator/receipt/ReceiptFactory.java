package org.smppconnector.simulator.receipt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jsmpp.bean.OptionalParameter;
import org.smppconnector.simulator.delivery.Delivery;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.Submission;
import org.smppconnector.simulator.message.TrackedMessage;
import org.smppconnector.simulator.smpp.Tlvs;

/** Writes a receipt as the provider does: its text form and TLVs, in a deliver_sm. */
public final class ReceiptFactory {
    /** esm_class of an SMSC delivery receipt. */
    public static final byte RECEIPT_ESM_CLASS = 0x04;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);
    private static final byte GSM_NETWORK = 3;

    private final ReceiptFormat format;

    public ReceiptFactory(ReceiptFormat format) {
        this.format = format;
    }

    /** The receipt's short message, e.g. {@code id:1 sub:001 dlvrd:001 submit date:... stat:DELIVRD err:000 text:...}. */
    public String text(TrackedMessage message, DeliveryState state, int errorCode, Instant doneAt) {
        StringBuilder text = new StringBuilder(160)
                .append("id:").append(message.messageId())
                .append(" sub:001 dlvrd:").append(state == DeliveryState.DELIVERED ? "001" : "000")
                .append(" submit date:").append(DATE.format(message.submittedAt()))
                .append(" done date:").append(DATE.format(doneAt))
                .append(" stat:").append(state.stat())
                .append(" err:").append(format.errorFormat().format(errorCode));
        switch (format.text()) {
            case MESSAGE_PREFIX:
                text.append(" text:").append(ascii(message.textPrefix()));
                break;
            case USER_MESSAGE_REFERENCE:
                text.append(" text:").append(ascii(prefix(userMessageReference(message.submission()))));
                break;
            default:
                break;
        }
        return text.toString();
    }

    public Delivery build(TrackedMessage message, DeliveryState state, int errorCode, Instant doneAt) {
        Submission submitted = message.submission();
        byte[] shortMessage = text(message, state, errorCode, doneAt).getBytes(StandardCharsets.US_ASCII);
        List<OptionalParameter> tlvs = new ArrayList<>(4);
        if (format.tlvs()) {
            tlvs.add(new OptionalParameter.COctetString((short) Tlvs.RECEIPTED_MESSAGE_ID, message.messageId()));
            tlvs.add(new OptionalParameter.Byte((short) Tlvs.MESSAGE_STATE, (byte) state.messageState()));
            if (errorCode != 0) {
                tlvs.add(new OptionalParameter.OctetString((short) Tlvs.NETWORK_ERROR_CODE,
                        new byte[] {GSM_NETWORK, (byte) (errorCode >> 8), (byte) errorCode}));
            }
        }
        byte[] reference = submitted.tlvs().get(Tlvs.USER_MESSAGE_REFERENCE);
        if (format.text() == ReceiptFormat.TextMode.USER_MESSAGE_REFERENCE && reference != null) {
            tlvs.add(new OptionalParameter.OctetString((short) Tlvs.USER_MESSAGE_REFERENCE, reference));
        }
        Delivery.DeliverSmFields fields = new Delivery.DeliverSmFields("",
                (byte) submitted.destTon(), (byte) submitted.destNpi(), submitted.destination(),
                (byte) submitted.sourceTon(), (byte) submitted.sourceNpi(), submitted.source(),
                RECEIPT_ESM_CLASS, (byte) 0, shortMessage, tlvs.toArray(new OptionalParameter[0]));
        return new Delivery(Delivery.Kind.RECEIPT, submitted.systemId(), submitted.bindGroup(),
                submitted.sessionId(), "receipt " + state.stat() + " of " + message.messageId(), fields);
    }

    /** The user_message_reference as text: a 2-octet value as its decimal number, else its octets. */
    static String userMessageReference(Submission submission) {
        byte[] value = submission.tlvs().get(Tlvs.USER_MESSAGE_REFERENCE);
        if (value == null) {
            return "";
        }
        if (value.length == 2) {
            return Integer.toString(((value[0] & 0xFF) << 8) | (value[1] & 0xFF));
        }
        return new String(value, StandardCharsets.ISO_8859_1).replace("\0", "");
    }

    private static String prefix(String text) {
        return text.length() > 20 ? text.substring(0, 20) : text;
    }

    /** Receipts are ASCII: anything else shows as '?'. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return out.toString();
    }
}
