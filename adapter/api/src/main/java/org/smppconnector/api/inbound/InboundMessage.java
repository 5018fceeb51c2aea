package org.smppconnector.api.inbound;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smppconnector.api.Address;
import org.smppconnector.api.Tlv;

/**
 * A message a mobile user sent to one of the account's numbers (a mobile-originated deliver_sm).
 * A message that came in several parts arrives here once, reassembled. Immutable.
 *
 * <p>Applications build them only to test their listeners: {@link #builder()}.
 */
public final class InboundMessage {

    private final String account;
    private final String bindGroup;
    private final Address source;
    private final Address destination;
    private final String text;
    private final byte[] payload;
    private final int dataCoding;
    private final int partCount;
    private final String serviceType;
    private final List<Tlv> tlvs;

    private InboundMessage(Builder builder) {
        this.account = Objects.requireNonNull(builder.account, "account");
        this.bindGroup = Objects.requireNonNull(builder.bindGroup, "bindGroup");
        this.source = Objects.requireNonNull(builder.source, "source");
        this.destination = Objects.requireNonNull(builder.destination, "destination");
        boolean textAlone = builder.payload == null && builder.text != null && builder.dataCoding == null;
        this.payload = textAlone ? builder.text.getBytes(StandardCharsets.UTF_16BE)
                : Objects.requireNonNull(builder.payload, "payload");
        int dataCoding = textAlone ? Builder.UCS2 : builder.dataCoding == null ? 0 : builder.dataCoding;
        if (dataCoding < 0 || dataCoding > 0xFF) {
            throw new IllegalArgumentException("data_coding is one octet, not " + dataCoding);
        }
        if (builder.partCount < 1) {
            throw new IllegalArgumentException("a message has at least one part, not " + builder.partCount);
        }
        this.text = builder.text;
        this.dataCoding = dataCoding;
        this.partCount = builder.partCount;
        this.serviceType = builder.serviceType;
        this.tlvs = List.copyOf(builder.tlvs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The name of the account whose session received it. */
    public String account() {
        return account;
    }

    /** The bind group of the session that received it (on BulkSMS, always "0"). */
    public String bindGroup() {
        return bindGroup;
    }

    /** The mobile user's number: pass it as a destination to reply. */
    public Address source() {
        return source;
    }

    /** The account's number or short code it was sent to. */
    public Address destination() {
        return destination;
    }

    /** The text, decoded; empty when the content is binary or in a data_coding the connector cannot read. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** A copy of the content octets as received, parts joined, without user data headers. */
    public byte[] payload() {
        return payload.clone();
    }

    /** The data_coding the content came with. */
    public int dataCoding() {
        return dataCoding;
    }

    /** How many parts the message came in; 1 unless it was split. */
    public int partCount() {
        return partCount;
    }

    public Optional<String> serviceType() {
        return Optional.ofNullable(serviceType);
    }

    /** The TLVs of the (first) deliver_sm, in PDU order; sar_* and message_payload are read already. */
    public List<Tlv> tlvs() {
        return tlvs;
    }

    /** The first TLV with this tag. */
    public Optional<Tlv> tlv(int tag) {
        return tlvs.stream().filter(tlv -> tlv.tag() == tag).findFirst();
    }

    /** Says what the message is without its content, which has no place in logs. */
    @Override
    public String toString() {
        return "InboundMessage[from " + source + " to " + destination + ", "
                + (text != null ? "text of " + text.length() + " chars" : payload.length + " octets")
                + String.format(", data_coding 0x%02X", dataCoding)
                + (partCount > 1 ? ", " + partCount + " parts" : "")
                + ", account " + account + ", group " + bindGroup + "]";
    }

    /**
     * Collects an inbound message's fields. Account, bind group, source and destination are
     * required, and the payload unless a text is given: a text alone stands for a UCS-2 message
     * (its UTF-16 octets, data_coding 8). The data_coding defaults to 0, the part count to 1.
     */
    public static final class Builder {

        private static final int UCS2 = 0x08;

        private String account;
        private String bindGroup;
        private Address source;
        private Address destination;
        private String text;
        private byte[] payload;
        private Integer dataCoding;
        private int partCount = 1;
        private String serviceType;
        private final List<Tlv> tlvs = new ArrayList<>();

        private Builder() {
        }

        public Builder account(String account) {
            this.account = account;
            return this;
        }

        public Builder bindGroup(String bindGroup) {
            this.bindGroup = bindGroup;
            return this;
        }

        public Builder source(Address source) {
            this.source = source;
            return this;
        }

        public Builder destination(Address destination) {
            this.destination = destination;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** The content octets, copied. */
        public Builder payload(byte[] payload) {
            this.payload = payload == null ? null : payload.clone();
            return this;
        }

        public Builder dataCoding(Integer dataCoding) {
            this.dataCoding = dataCoding;
            return this;
        }

        public Builder partCount(int partCount) {
            this.partCount = partCount;
            return this;
        }

        public Builder serviceType(String serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        public Builder tlv(Tlv tlv) {
            tlvs.add(Objects.requireNonNull(tlv, "tlv"));
            return this;
        }

        /**
         * @throws NullPointerException     naming a required field that is missing
         * @throws IllegalArgumentException for a data_coding beyond one octet or a part count below 1
         */
        public InboundMessage build() {
            return new InboundMessage(this);
        }
    }
}
