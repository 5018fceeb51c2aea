package org.smppconnector.ra.inbound;

import java.nio.charset.StandardCharsets;
import org.smppconnector.api.Address;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.Npi;
import org.smppconnector.api.Ton;
import org.smppconnector.api.Tlv;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.api.inbound.NetworkErrorCode;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pdu.Tlvs;
import org.smppconnector.smpp.receipt.DeliveryReceipt;
import org.smppconnector.smpp.receipt.ReceiptDate;
import org.smppconnector.smpp.receipt.ReceiptParseException;
import org.smppconnector.smpp.receipt.ReceiptParser;
import org.smppconnector.smpp.receipt.ReceiptTlvs;
import org.smppconnector.smpp.split.ReassembledMessage;

/** From the core's PDUs and parsed values to the API's receipts and inbound messages. */
final class Conversions {

    private Conversions() {
    }

    /**
     * A receipt as the listeners get it, with the core's reading of it.
     *
     * @param parsed null when the PDU held nothing readable
     */
    record ParsedReceipt(Receipt receipt, DeliveryReceipt parsed) {
    }

    /** What the receipt's PDU says, parsed leniently: a receipt with nothing readable still arrives, as UNKNOWN. */
    static Receipt receipt(String account, String group, Address source, Address destination, byte[] text, Tlvs tlvs) {
        return parse(account, group, source, destination, text, tlvs).receipt();
    }

    /** {@link #receipt}, keeping the core's reading for the store. */
    static ParsedReceipt parse(String account, String group, Address source, Address destination, byte[] text,
                               Tlvs tlvs) {
        DeliveryReceipt core = null;
        Receipt.Builder builder = Receipt.builder().account(account).bindGroup(group)
                .source(source).destination(destination)
                .text(new String(text, StandardCharsets.ISO_8859_1));
        ReceiptTlvs receiptTlvs = tlvs == null ? ReceiptTlvs.NONE : ReceiptTlvs.of(
                tlvs.getString(Tag.RECEIPTED_MESSAGE_ID),
                tlvs.has(Tag.MESSAGE_STATE) ? tlvs.getInt(Tag.MESSAGE_STATE, 0) : null,
                tlvs.getBytes(Tag.NETWORK_ERROR_CODE));
        try {
            DeliveryReceipt parsed = ReceiptParser.lenient().parse(text, receiptTlvs);
            core = parsed;
            builder.messageId(parsed.messageId());
            if (parsed.state() != null) {
                builder.state(MessageState.valueOf(parsed.state().name()));
            }
            builder.error(parsed.text().err());
            if (parsed.networkErrorCode() != null) {
                builder.networkErrorCode(new NetworkErrorCode(parsed.networkErrorCode().networkType(),
                        parsed.networkErrorCode().errorCode()));
            }
            builder.submitDate(date(parsed.text().submitDate()));
            builder.doneDate(date(parsed.text().doneDate()));
        } catch (ReceiptParseException e) {
            builder.messageId(receiptTlvs.receiptedMessageId());
        }
        if (tlvs != null) {
            if (tlvs.has(Tag.USER_MESSAGE_REFERENCE)) {
                builder.userMessageReference(tlvs.getInt(Tag.USER_MESSAGE_REFERENCE, 0));
            }
            tlvs.list().forEach(tlv -> builder.tlv(Tlv.of(tlv.tag(), tlv.value())));
        }
        return new ParsedReceipt(builder.build(), core);
    }

    /** A whole inbound message; the TLVs are those of the part that completed it. */
    static InboundMessage inboundMessage(String account, String group, Address source, Address destination,
                                         ReassembledMessage message, String serviceType, Pdu completingPart) {
        InboundMessage.Builder builder = InboundMessage.builder().account(account).bindGroup(group)
                .source(source).destination(destination)
                .payload(message.payload())
                .dataCoding(message.dataCoding().value())
                .partCount(message.partCount())
                .serviceType(serviceType == null || serviceType.isEmpty() ? null : serviceType)
                .text(textOf(message));
        if (completingPart.hasTlvs()) {
            for (org.smppconnector.smpp.pdu.Tlv tlv : completingPart.getTlvs().list()) {
                if (!isReadAlready(tlv.tag())) {
                    builder.tlv(Tlv.of(tlv.tag(), tlv.value()));
                }
            }
        }
        return builder.build();
    }

    /** A message whose user data could not be read: its octets as they came, no text. */
    static InboundMessage undecodable(String account, String group, Address source, Address destination,
                                      int dataCoding, byte[] octets, String serviceType) {
        return InboundMessage.builder().account(account).bindGroup(group).source(source).destination(destination)
                .payload(octets).dataCoding(dataCoding)
                .serviceType(serviceType == null || serviceType.isEmpty() ? null : serviceType).build();
    }

    private static String textOf(ReassembledMessage message) {
        try {
            return message.text();
        } catch (RuntimeException e) {
            return null; // binary, or an encoding the connector cannot read: the payload has it
        }
    }

    private static boolean isReadAlready(int tag) {
        return tag == Tag.MESSAGE_PAYLOAD.code() || tag == Tag.SAR_MSG_REF_NUM.code()
                || tag == Tag.SAR_TOTAL_SEGMENTS.code() || tag == Tag.SAR_SEGMENT_SEQNUM.code();
    }

    /**
     * An address as the API holds it: an international number as its digits, without the '+'
     * that some SMSCs (Mobile Text Alerts) write before them.
     */
    static Address address(int ton, int npi, String value) {
        Ton type = Ton.fromCode(ton).orElse(Ton.UNKNOWN);
        String written = value == null ? "" : value;
        if (type == Ton.INTERNATIONAL && written.startsWith("+")) {
            written = written.substring(1);
        }
        return Address.of(type, Npi.fromCode(npi).orElse(Npi.UNKNOWN), written);
    }

    private static java.time.LocalDateTime date(ReceiptDate date) {
        return date == null ? null : date.dateTime().orElse(null);
    }
}
