package org.smppconnector.simulator.text;

/** How a long message is carried. */
public enum MultipartMethod {
    /** One PDU, not split. */
    NONE,
    /** User data header, concatenation IE 0x00 (8-bit reference). */
    UDH_8BIT,
    /** User data header, concatenation IE 0x08 (16-bit reference). */
    UDH_16BIT,
    /** TLVs sar_msg_ref_num, sar_total_segments, sar_segment_seqnum. */
    SAR,
    /** One PDU carrying the whole text in the message_payload TLV. */
    MESSAGE_PAYLOAD;

    public boolean usesUdh() {
        return this == UDH_8BIT || this == UDH_16BIT;
    }

    /** True when the method splits the message over several PDUs. */
    public boolean isSegmented() {
        return usesUdh() || this == SAR;
    }
}
