package org.smppconnector.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SmppConnection#replace} puts in place of a message the SMSC still holds
 * (replace_sm, SMPP 3.4 4.10): a new text, and optionally a new validity and receipt request.
 * The text is sent in the original message's encoding and must fit in one part. Immutable;
 * built and checked like {@link SmsMessage}.
 */
public final class Replacement {

    private final Address source;
    private final String text;
    private final Validity validity;
    private final ReceiptRequest receiptRequest;

    private Replacement(Address source, String text, Validity validity, ReceiptRequest receiptRequest) {
        this.source = source;
        this.text = text;
        this.validity = validity;
        this.receiptRequest = receiptRequest;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The original message's sender, which replace_sm must repeat; empty to let the connector
     * take it from its record of the submission.
     */
    public Optional<Address> source() {
        return Optional.ofNullable(source);
    }

    public String text() {
        return text;
    }

    /** The new validity; empty to keep the original's. */
    public Optional<Validity> validity() {
        return Optional.ofNullable(validity);
    }

    /** The new receipt request; empty to keep the original's. */
    public Optional<ReceiptRequest> receiptRequest() {
        return Optional.ofNullable(receiptRequest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Replacement that && Objects.equals(source, that.source) && text.equals(that.text)
                && Objects.equals(validity, that.validity) && receiptRequest == that.receiptRequest;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, text, validity, receiptRequest);
    }

    @Override
    public String toString() {
        return "Replacement[text of " + text.length() + " chars"
                + (source == null ? "" : ", from " + source)
                + (validity == null ? "" : ", " + validity)
                + (receiptRequest == null ? "" : ", receipt " + receiptRequest) + "]";
    }

    /** Collects a replacement's fields; each setter takes {@code null} to unset. Not thread-safe. */
    public static final class Builder {

        private String sourceText;
        private Address sourceAddress;
        private String text;
        private Duration validityDuration;
        private Instant validUntil;
        private ReceiptRequest receiptRequest;

        private Builder() {
        }

        /** The original's sender, read as {@link SmsMessage.Builder#source(String)} reads it. */
        public Builder source(String source) {
            this.sourceText = source;
            this.sourceAddress = null;
            return this;
        }

        public Builder source(Address source) {
            this.sourceAddress = source;
            this.sourceText = null;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder validity(Duration validity) {
            this.validityDuration = validity;
            this.validUntil = null;
            return this;
        }

        public Builder validUntil(Instant validUntil) {
            this.validUntil = validUntil;
            this.validityDuration = null;
            return this;
        }

        public Builder receiptRequest(ReceiptRequest receiptRequest) {
            this.receiptRequest = receiptRequest;
            return this;
        }

        /**
         * @throws InvalidMessageException naming the first field at fault: source, text, validity
         */
        public Replacement build() throws InvalidMessageException {
            Address source = AddressRules.source(sourceAddress, sourceText);
            Texts.check(text);
            Validity validity = Validity.check(validityDuration, validUntil);
            return new Replacement(source, text, validity, receiptRequest);
        }
    }
}
