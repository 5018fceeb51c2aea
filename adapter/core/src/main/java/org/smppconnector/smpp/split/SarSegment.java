package org.smppconnector.smpp.split;

/**
 * The values of the SAR TLVs of one part.
 *
 * @param reference sar_msg_ref_num, 0..65535
 * @param total sar_total_segments, 1..255
 * @param sequence sar_segment_seqnum, 1..total
 */
public record SarSegment(int reference, int total, int sequence) {

    public SarSegment {
        if (reference < 0 || reference > 0xFFFF) {
            throw new IllegalArgumentException("sar_msg_ref_num must be 0..65535, was " + reference);
        }
        if (total < 1 || total > 255) {
            throw new IllegalArgumentException("sar_total_segments must be 1..255, was " + total);
        }
        if (sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("sar_segment_seqnum must be 1.." + total + ", was " + sequence);
        }
    }
}
