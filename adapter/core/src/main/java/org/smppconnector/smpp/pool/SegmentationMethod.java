package org.smppconnector.smpp.pool;

/** How a long message is carried across several submit_sm. */
public enum SegmentationMethod {
    /** A concatenation header in short_message (esm_class 0x40), 8-bit reference: 6 octets. */
    UDH_8BIT_REFERENCE,
    /** The same with a 16-bit reference: 7 octets. */
    UDH_16BIT_REFERENCE,
    /** sar_msg_ref_num, sar_total_segments, sar_segment_seqnum TLVs. */
    SAR_TLVS,
    /** One submit_sm with the whole text in message_payload; the SMSC splits it. */
    MESSAGE_PAYLOAD
}
