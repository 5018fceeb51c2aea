package org.smppconnector.simulator.mo;

import java.util.Objects;

import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * A mobile-originated message to inject into an account: text in any alphabet (or octets),
 * sent whole or in parts by any multipart method.
 *
 * @param group     the bind group it goes to (BulkSMS sends MOs to group "0"), or null
 * @param dataCoding the data_coding to send; -1 = the alphabet's usual one
 * @param reference the concatenation reference of its parts; -1 = the next free one
 */
public record MoMessage(String systemId, String group, String source, int sourceTon, int sourceNpi,
                        String destination, int destTon, int destNpi, String serviceType,
                        String text, Alphabet alphabet, int dataCoding, MultipartMethod method, int reference) {

    public MoMessage {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(alphabet, "alphabet");
        Objects.requireNonNull(method, "method");
    }

    public static Builder to(String systemId) {
        return new Builder(systemId);
    }

    /** The data_coding sent: the explicit one, else the alphabet's usual value. */
    public int effectiveDataCoding() {
        if (dataCoding >= 0) {
            return dataCoding;
        }
        switch (alphabet) {
            case ASCII: return 0x01;
            case LATIN1: return 0x03;
            case CYRILLIC: return 0x06;
            case HEBREW: return 0x07;
            case UCS2: return 0x08;
            case KSC5601: return 0x0E;
            case BINARY: return 0x04;
            default: return 0x00;
        }
    }

    public static final class Builder {
        private final String systemId;
        private String group;
        private String source = "447700900001";
        private int sourceTon = 1;
        private int sourceNpi = 1;
        private String destination = "12345";
        private int destTon = 0;
        private int destNpi = 1;
        private String serviceType = "";
        private String text = "";
        private Alphabet alphabet = Alphabet.GSM7;
        private int dataCoding = -1;
        private MultipartMethod method = MultipartMethod.UDH_8BIT;
        private int reference = -1;

        private Builder(String systemId) {
            this.systemId = systemId;
        }

        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder from(String source) {
            this.source = source;
            return this;
        }

        public Builder from(String source, int ton, int npi) {
            this.source = source;
            this.sourceTon = ton;
            this.sourceNpi = npi;
            return this;
        }

        public Builder toAddress(String destination) {
            this.destination = destination;
            return this;
        }

        public Builder toAddress(String destination, int ton, int npi) {
            this.destination = destination;
            this.destTon = ton;
            this.destNpi = npi;
            return this;
        }

        public Builder serviceType(String serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        /** The text, in GSM-7 unless {@link #alphabet} says otherwise. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder text(String text, Alphabet alphabet) {
            this.text = text;
            this.alphabet = alphabet;
            return this;
        }

        /** Octets rather than text (data_coding 0x04 unless set). */
        public Builder octets(byte[] octets) {
            this.text = java.util.HexFormat.of().formatHex(octets);
            this.alphabet = Alphabet.BINARY;
            return this;
        }

        public Builder alphabet(Alphabet alphabet) {
            this.alphabet = alphabet;
            return this;
        }

        public Builder dataCoding(int dataCoding) {
            this.dataCoding = dataCoding;
            return this;
        }

        /** How a text too long for one SMS is split (default UDH with 8-bit reference). */
        public Builder multipart(MultipartMethod method) {
            this.method = method;
            return this;
        }

        public Builder reference(int reference) {
            this.reference = reference;
            return this;
        }

        public MoMessage build() {
            return new MoMessage(systemId, group, source, sourceTon, sourceNpi, destination, destTon, destNpi,
                    serviceType, text, alphabet, dataCoding, method, reference);
        }
    }
}
