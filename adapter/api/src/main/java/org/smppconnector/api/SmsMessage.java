package org.smppconnector.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A short message to send: destination, optional source, a text or binary content, and the
 * submit_sm settings around them. Immutable and checked: a {@code SmsMessage} exists only once
 * {@link Builder#build()} accepted its fields.
 *
 * <pre>{@code
 * SmsMessage message = SmsMessage.builder()
 *         .source("MyShop")                 // alphanumeric: TON 5, NPI 0
 *         .destination("+12125551234")      // E.164: TON 1, NPI 1, "12125551234"
 *         .text("Your code is 483920")
 *         .requestReceipt()
 *         .validity(Duration.ofHours(1))
 *         .build();                         // throws InvalidMessageException naming the field
 * }</pre>
 *
 * A text too long for one part is split by the connector when sent, in the way the account
 * says (UDH, SAR or message_payload); the {@link SubmitResult} has one message id per part.
 */
public final class SmsMessage {

    /** The TLVs the connector writes itself, with what to use instead. */
    private static final Map<Integer, String> MANAGED_TLVS = Map.of(
            0x0204, "user_message_reference: set it with userMessageReference(..)",
            0x0424, "message_payload: the connector puts the text there when the account wants it",
            0x020C, "sar_msg_ref_num: the connector sets it when it splits the text",
            0x020E, "sar_total_segments: the connector sets it when it splits the text",
            0x020F, "sar_segment_seqnum: the connector sets it when it splits the text");

    private static final int MAX_SERVICE_TYPE_LENGTH = 5;
    private static final int MAX_USER_MESSAGE_REFERENCE = 0xFFFF;
    /** Longest {@link #reference()} the connector keeps. */
    public static final int MAX_REFERENCE_LENGTH = 200;

    private final Address source;
    private final Address destination;
    private final String text;
    private final byte[] binary;
    private final Encoding encoding;
    private final ReceiptRequest receiptRequest;
    private final Validity validity;
    private final Priority priority;
    private final String serviceType;
    private final Integer userMessageReference;
    private final String reference;
    private final List<Tlv> tlvs;

    private SmsMessage(Builder builder, Address source, Address destination, Validity validity) {
        this.source = source;
        this.destination = destination;
        this.text = builder.text;
        this.binary = builder.binary;
        this.encoding = builder.encoding;
        this.receiptRequest = builder.receiptRequest;
        this.validity = validity;
        this.priority = builder.priority;
        this.serviceType = builder.serviceType;
        this.userMessageReference = builder.userMessageReference;
        this.reference = builder.reference;
        this.tlvs = List.copyOf(builder.tlvs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this message's fields, to send a variant (another destination, say). */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .source(source)
                .destination(destination)
                .encoding(encoding)
                .receiptRequest(receiptRequest)
                .priority(priority)
                .serviceType(serviceType)
                .userMessageReference(userMessageReference)
                .reference(reference);
        if (binary != null) {
            builder.binary(binary);
        } else {
            builder.text(text);
        }
        if (validity != null) {
            validity.duration().ifPresent(builder::validity);
            validity.expiry().ifPresent(builder::validUntil);
        }
        tlvs.forEach(builder::tlv);
        return builder;
    }

    /** The sender; empty to send with the account's default sender (or the SMSC's). */
    public Optional<Address> source() {
        return Optional.ofNullable(source);
    }

    public Address destination() {
        return destination;
    }

    /** The text, unless the message is binary. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** A copy of the binary content (sent with data_coding 4), if the message is binary. */
    public Optional<byte[]> binary() {
        return binary == null ? Optional.empty() : Optional.of(binary.clone());
    }

    public boolean isBinary() {
        return binary != null;
    }

    /** The encoding the text must be sent in; empty to let the connector choose. */
    public Optional<Encoding> encoding() {
        return Optional.ofNullable(encoding);
    }

    public ReceiptRequest receiptRequest() {
        return receiptRequest;
    }

    /** The validity; empty for the SMSC's default. */
    public Optional<Validity> validity() {
        return Optional.ofNullable(validity);
    }

    public Priority priority() {
        return priority;
    }

    /** The service_type; empty for the SMSC's default. */
    public Optional<String> serviceType() {
        return Optional.ofNullable(serviceType);
    }

    /** The user_message_reference TLV (0x0204) to send, 0..65535. */
    public OptionalInt userMessageReference() {
        return userMessageReference == null ? OptionalInt.empty() : OptionalInt.of(userMessageReference);
    }

    /**
     * The application's own reference for this message (an order number, a ticket id): never
     * sent to the SMSC. With the shared store, it is recorded with the submission and handed
     * back with each of its receipts ({@link org.smppconnector.api.inbound.Receipt#userReference()}).
     */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /** The further TLVs to send, in the order they were added. */
    public List<Tlv> tlvs() {
        return tlvs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SmsMessage that
                && Objects.equals(source, that.source)
                && destination.equals(that.destination)
                && Objects.equals(text, that.text)
                && Arrays.equals(binary, that.binary)
                && encoding == that.encoding
                && receiptRequest == that.receiptRequest
                && Objects.equals(validity, that.validity)
                && priority == that.priority
                && Objects.equals(serviceType, that.serviceType)
                && Objects.equals(userMessageReference, that.userMessageReference)
                && Objects.equals(reference, that.reference)
                && tlvs.equals(that.tlvs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, destination, text, Arrays.hashCode(binary), encoding, receiptRequest,
                validity, priority, serviceType, userMessageReference, reference, tlvs);
    }

    /** Says what the message is without its content, which has no place in logs. */
    @Override
    public String toString() {
        return "SmsMessage[to " + destination
                + (source == null ? "" : ", from " + source)
                + (binary != null ? ", " + binary.length + " octets" : ", text of " + text.length() + " chars")
                + (encoding == null ? "" : ", " + encoding)
                + (receiptRequest == ReceiptRequest.NONE ? "" : ", receipt " + receiptRequest)
                + (validity == null ? "" : ", " + validity)
                + (priority == Priority.LEVEL_0 ? "" : ", " + priority)
                + (serviceType == null ? "" : ", service_type " + serviceType)
                + (userMessageReference == null ? "" : ", reference " + userMessageReference)
                + (tlvs.isEmpty() ? "" : ", " + tlvs.size() + " TLVs") + "]";
    }

    /**
     * Collects the fields of a message; {@link #build()} checks them all and names the first
     * one at fault. Each setter takes {@code null} to go back to the default. Not thread-safe.
     */
    public static final class Builder {

        private String sourceText;
        private Address sourceAddress;
        private String destinationText;
        private Address destinationAddress;
        private String text;
        private byte[] binary;
        private Encoding encoding;
        private ReceiptRequest receiptRequest = ReceiptRequest.NONE;
        private Duration validityDuration;
        private Instant validUntil;
        private Priority priority = Priority.LEVEL_0;
        private String serviceType;
        private Integer userMessageReference;
        private String reference;
        private final List<Tlv> tlvs = new ArrayList<>();

        private Builder() {
        }

        /**
         * The sender, written as {@link #destination(String)} reads it, or as a name: text with
         * anything but digits, separators and a leading "+" is an alphanumeric sender (TON 5,
         * NPI 0) of at most 11 characters of the GSM 7-bit alphabet, such as "MyShop".
         * Unset, the account's default sender is used (or the SMSC's).
         */
        public Builder source(String source) {
            this.sourceText = source;
            this.sourceAddress = null;
            return this;
        }

        /** The sender with its type of number and plan given, overriding what the text would say. */
        public Builder source(Address source) {
            this.sourceAddress = source;
            this.sourceText = null;
            return this;
        }

        /**
         * The recipient's number. Spaces, dots, dashes and parentheses are ignored; the type of
         * number and the plan follow from the form:
         * <table>
         *   <caption>From the written number to the SMPP address</caption>
         *   <tr><th>written</th><th>TON</th><th>NPI</th><th>sent as</th></tr>
         *   <tr><td>"+" and 7 to 15 digits, e.g. +1 212 555 1234</td><td>1 international</td>
         *       <td>1 ISDN</td><td>12125551234</td></tr>
         *   <tr><td>3 to 6 digits: a short code, e.g. 12345</td><td>3 network specific</td>
         *       <td>0 unknown</td><td>12345</td></tr>
         *   <tr><td>7 to 20 digits without "+", e.g. 0612345678</td><td>0 unknown</td>
         *       <td>1 ISDN</td><td>0612345678: the SMSC reads it as it sees fit</td></tr>
         * </table>
         * Anything else is refused by {@link #build()}, e.g. a name, a "+" number whose country
         * code starts with 0, or 1 to 2 digits. To send a number or short code with another type
         * or plan, pass an {@link Address}.
         */
        public Builder destination(String destination) {
            this.destinationText = destination;
            this.destinationAddress = null;
            return this;
        }

        /** The recipient with its type of number and plan given, overriding what the text would say. */
        public Builder destination(Address destination) {
            this.destinationAddress = destination;
            this.destinationText = null;
            return this;
        }

        /** A text content, which replaces any binary one. */
        public Builder text(String text) {
            this.text = text;
            this.binary = null;
            return this;
        }

        /** A binary content (data_coding 4), copied; it replaces any text. */
        public Builder binary(byte[] binary) {
            this.binary = binary == null ? null : binary.clone();
            this.text = null;
            return this;
        }

        /** Forces the text's encoding; unset, the connector picks among the account's. */
        public Builder encoding(Encoding encoding) {
            this.encoding = encoding;
            return this;
        }

        /** Asks for a receipt of the final outcome: {@link ReceiptRequest#SUCCESS_OR_FAILURE}. */
        public Builder requestReceipt() {
            return receiptRequest(ReceiptRequest.SUCCESS_OR_FAILURE);
        }

        public Builder receiptRequest(ReceiptRequest receiptRequest) {
            this.receiptRequest = receiptRequest == null ? ReceiptRequest.NONE : receiptRequest;
            return this;
        }

        /** Valid for this long after submission, in whole seconds; replaces {@link #validUntil}. */
        public Builder validity(Duration validity) {
            this.validityDuration = validity;
            this.validUntil = null;
            return this;
        }

        /** Valid until this point in time; replaces {@link #validity}. */
        public Builder validUntil(Instant validUntil) {
            this.validUntil = validUntil;
            this.validityDuration = null;
            return this;
        }

        public Builder priority(Priority priority) {
            this.priority = priority == null ? Priority.LEVEL_0 : priority;
            return this;
        }

        /**
         * The service_type: up to 5 printable ASCII characters, e.g. "CMT", or the routing group
         * "1", "2" or "3" on BulkSMS. Empty is the same as unset: the SMSC's default.
         */
        public Builder serviceType(String serviceType) {
            this.serviceType = serviceType == null || serviceType.isEmpty() ? null : serviceType;
            return this;
        }

        /** The user_message_reference TLV, 0..65535; some providers echo it in receipts. */
        public Builder userMessageReference(Integer reference) {
            this.userMessageReference = reference;
            return this;
        }

        /**
         * The application's own reference for this message, at most
         * {@value SmsMessage#MAX_REFERENCE_LENGTH} characters; never sent to the SMSC. With the
         * shared store each receipt of the message carries it back. Empty is the same as unset.
         */
        public Builder reference(String reference) {
            this.reference = reference == null || reference.isEmpty() ? null : reference;
            return this;
        }

        /**
         * Adds a TLV to send, e.g. {@code Tlv.ofByte(0x0005, 1)} (dest_addr_subunit: flash).
         * The connector's own are refused by {@link #build()}: message_payload and sar_* (it
         * splits the text), user_message_reference (use {@link #userMessageReference}).
         */
        public Builder tlv(Tlv tlv) {
            tlvs.add(Objects.requireNonNull(tlv, "tlv"));
            return this;
        }

        /** Removes the TLVs added so far. */
        public Builder clearTlvs() {
            tlvs.clear();
            return this;
        }

        /**
         * Checks every field and returns the message.
         *
         * @throws InvalidMessageException naming the first field at fault, in the order:
         *     destination, source, text or binary, encoding, validity, serviceType,
         *     userMessageReference, reference, tlvs
         */
        public SmsMessage build() throws InvalidMessageException {
            Address destination = destination();
            Address source = AddressRules.source(sourceAddress, sourceText);
            checkContent();
            Validity validity = Validity.check(validityDuration, validUntil);
            checkServiceType();
            checkUserMessageReference();
            checkReference();
            checkTlvs();
            return new SmsMessage(this, source, destination, validity);
        }

        private Address destination() throws InvalidMessageException {
            if (destinationAddress != null) {
                AddressRules.checkDestination(destinationAddress);
                return destinationAddress;
            }
            if (destinationText == null) {
                throw new InvalidMessageException(InvalidMessageException.DESTINATION, "is required");
            }
            return AddressRules.destination(destinationText);
        }

        private void checkContent() throws InvalidMessageException {
            if (binary != null) {
                if (binary.length == 0) {
                    throw new InvalidMessageException(InvalidMessageException.BINARY, "is empty");
                }
                if (encoding != null) {
                    throw new InvalidMessageException(InvalidMessageException.ENCODING,
                            "is for texts; a binary message is sent as it is, not as " + encoding);
                }
                return;
            }
            Texts.check(text);
        }

        private void checkServiceType() throws InvalidMessageException {
            if (serviceType == null) {
                return;
            }
            if (serviceType.length() > MAX_SERVICE_TYPE_LENGTH
                    || !serviceType.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw new InvalidMessageException(InvalidMessageException.SERVICE_TYPE,
                        "must be at most " + MAX_SERVICE_TYPE_LENGTH + " printable ASCII characters: " + serviceType);
            }
        }

        private void checkUserMessageReference() throws InvalidMessageException {
            if (userMessageReference != null
                    && (userMessageReference < 0 || userMessageReference > MAX_USER_MESSAGE_REFERENCE)) {
                throw new InvalidMessageException(InvalidMessageException.USER_MESSAGE_REFERENCE,
                        "must be 0..65535 (two octets), not " + userMessageReference);
            }
        }

        private void checkReference() throws InvalidMessageException {
            if (reference != null && reference.length() > MAX_REFERENCE_LENGTH) {
                throw new InvalidMessageException(InvalidMessageException.REFERENCE,
                        "must be at most " + MAX_REFERENCE_LENGTH + " characters, not " + reference.length());
            }
        }

        private void checkTlvs() throws InvalidMessageException {
            Set<Integer> seen = new HashSet<>();
            for (Tlv tlv : tlvs) {
                String managed = MANAGED_TLVS.get(tlv.tag());
                if (managed != null) {
                    throw new InvalidMessageException(InvalidMessageException.TLVS,
                            String.format("may not hold 0x%04X %s", tlv.tag(), managed));
                }
                if (!seen.add(tlv.tag())) {
                    throw new InvalidMessageException(InvalidMessageException.TLVS,
                            String.format("holds tag 0x%04X twice", tlv.tag()));
                }
            }
        }
    }
}
