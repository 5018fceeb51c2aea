package org.smppconnector.smpp.split;

import java.util.Objects;
import org.smppconnector.smpp.text.DataCoding;

/**
 * What the session layer read from one inbound deliver_sm or data_sm, in plain values: addresses,
 * data_coding, the esm_class UDHI flag, short_message, and message_payload and the SAR TLVs when
 * present. SAR values are kept as received; the reassembler decides whether they make sense.
 * Immutable.
 */
public final class InboundPart {

    private final String source;
    private final String destination;
    private final DataCoding dataCoding;
    private final boolean udhIndicator;
    private final byte[] shortMessage;
    private final byte[] messagePayload;
    private final int[] sar;

    private InboundPart(String source, String destination, DataCoding dataCoding, boolean udhIndicator,
            byte[] shortMessage, byte[] messagePayload, int[] sar) {
        this.source = Objects.requireNonNull(source, "source");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.dataCoding = Objects.requireNonNull(dataCoding, "dataCoding");
        this.udhIndicator = udhIndicator;
        this.shortMessage = Objects.requireNonNull(shortMessage, "shortMessage");
        this.messagePayload = messagePayload;
        this.sar = sar;
    }

    /**
     * @param esmClass the PDU's esm_class; only the UDHI bit (0x40) matters here
     */
    public static InboundPart of(String source, String destination, DataCoding dataCoding, int esmClass, byte[] shortMessage) {
        return new InboundPart(source, destination, dataCoding, (esmClass & MessagePart.ESM_CLASS_UDHI) != 0,
                shortMessage.clone(), null, null);
    }

    /** A part as a peer receives one of ours (the simulator's view of what the splitter sent). */
    public static InboundPart of(String source, String destination, MessagePart sent) {
        InboundPart part = of(source, destination, sent.dataCoding(), sent.esmClassFlags(), sent.shortMessage());
        if (sent.messagePayload().isPresent()) {
            part = part.withMessagePayload(sent.messagePayload().get());
        }
        if (sent.sar().isPresent()) {
            SarSegment sar = sent.sar().get();
            part = part.withSar(sar.reference(), sar.total(), sar.sequence());
        }
        return part;
    }

    /** The same part with a message_payload TLV, whose octets then stand for short_message's. */
    public InboundPart withMessagePayload(byte[] payload) {
        return new InboundPart(source, destination, dataCoding, udhIndicator, shortMessage, payload.clone(), sar);
    }

    /** The same part with the SAR TLVs sar_msg_ref_num, sar_total_segments, sar_segment_seqnum. */
    public InboundPart withSar(int reference, int total, int sequence) {
        return new InboundPart(source, destination, dataCoding, udhIndicator, shortMessage, messagePayload,
                new int[] {reference, total, sequence});
    }

    public String source() {
        return source;
    }

    public String destination() {
        return destination;
    }

    public DataCoding dataCoding() {
        return dataCoding;
    }

    public boolean udhIndicator() {
        return udhIndicator;
    }

    /** message_payload when present, else short_message; not copied, package use only. */
    byte[] userDataUnsafe() {
        return messagePayload != null ? messagePayload : shortMessage;
    }

    boolean hasSar() {
        return sar != null;
    }

    int sarReference() {
        return sar[0];
    }

    int sarTotal() {
        return sar[1];
    }

    int sarSequence() {
        return sar[2];
    }

    @Override
    public String toString() {
        return "InboundPart[" + source + " -> " + destination + ", " + dataCoding + (udhIndicator ? ", UDHI" : "")
                + ", " + userDataUnsafe().length + " octets"
                + (sar != null ? ", SAR " + sar[0] + " " + sar[2] + "/" + sar[1] : "") + "]";
    }
}
