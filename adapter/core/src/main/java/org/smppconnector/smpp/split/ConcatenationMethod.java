package org.smppconnector.smpp.split;

/** How a text too long for one short message travels. */
public enum ConcatenationMethod {
    /** A UDH in each part's short_message with IE 0x00: 8-bit reference, total, sequence (esm_class 0x40). */
    UDH_8BIT_REFERENCE(256, 5),
    /** A UDH in each part's short_message with IE 0x08: 16-bit reference, total, sequence (esm_class 0x40). */
    UDH_16BIT_REFERENCE(65536, 6),
    /**
     * The TLVs sar_msg_ref_num (16-bit), sar_total_segments and sar_segment_seqnum on each part; the
     * SMSC builds the concatenation UDH itself, so parts are no longer than with an 8-bit UDH.
     */
    SAR_TLV(65536, 5),
    /**
     * One PDU whose message_payload TLV carries the whole text (when it does not fit one short
     * message); the SMSC splits it, with a concatenation UDH of its own.
     */
    MESSAGE_PAYLOAD(0, 5);

    private final int referenceModulus;
    private final int concatenationElementOctets;

    ConcatenationMethod(int referenceModulus, int concatenationElementOctets) {
        this.referenceModulus = referenceModulus;
        this.concatenationElementOctets = concatenationElementOctets;
    }

    /** How many distinct reference numbers the method has (0 when it uses none). */
    public int referenceModulus() {
        return referenceModulus;
    }

    /** Octets the concatenation information element takes in the UDH on the air (whoever adds it). */
    int concatenationElementOctets() {
        return concatenationElementOctets;
    }
}
