package org.smppconnector.simulator.message;

import org.jsmpp.SMPPConstant;
import org.smppconnector.simulator.smpp.Refusal;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.Concatenation;
import org.smppconnector.simulator.text.DataCodingScheme;
import org.smppconnector.simulator.text.MultipartMethod;
import org.smppconnector.simulator.text.TextCodec;
import org.smppconnector.simulator.text.UndecodableTextException;
import org.smppconnector.simulator.text.UserDataHeader;

/** Finds the user data of a submission, its multipart method, and decodes it strictly. */
public final class ContentParser {
    private ContentParser() {
    }

    /**
     * @param zero what data_coding 0 means on this SMSC
     * @throws Refusal when the header or SAR TLVs are malformed, or the payload cannot be
     *                 decoded in the alphabet its data_coding names
     */
    public static Content parse(Submission submission, Alphabet zero) throws Refusal {
        Tlvs tlvs = submission.tlvs();
        byte[] payload = submission.shortMessage();
        boolean viaPayloadTlv = tlvs.has(Tlvs.MESSAGE_PAYLOAD);
        if (viaPayloadTlv) {
            if (payload.length > 0) {
                throw new Refusal(SMPPConstant.STAT_ESME_RINVTLVVAL,
                        "message_payload and short_message must not both be set");
            }
            payload = tlvs.get(Tlvs.MESSAGE_PAYLOAD);
        }
        byte[] userData = payload;
        Concatenation concatenation = null;
        if (submission.hasUdhi()) {
            UserDataHeader header;
            try {
                header = UserDataHeader.parse(payload);
            } catch (IllegalArgumentException e) {
                throw new Refusal(SMPPConstant.STAT_ESME_RINVMSGLEN, "malformed user data header: " + e.getMessage());
            }
            userData = new byte[payload.length - header.length()];
            System.arraycopy(payload, header.length(), userData, 0, userData.length);
            concatenation = header.concatenation();
        }
        if (concatenation == null && tlvs.has(Tlvs.SAR_MSG_REF_NUM)) {
            concatenation = sar(tlvs);
        }
        if (concatenation != null && !concatenation.isConsistent()) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVMSGLEN, "part " + concatenation.sequence()
                    + " of " + concatenation.total() + " cannot exist");
        }
        MultipartMethod method = concatenation != null ? concatenation.method()
                : viaPayloadTlv ? MultipartMethod.MESSAGE_PAYLOAD : MultipartMethod.NONE;
        Alphabet alphabet = DataCodingScheme.alphabetOf(submission.dataCoding(), zero);
        try {
            String text = TextCodec.decode(alphabet, userData, concatenation != null);
            return new Content(alphabet, method, concatenation, userData, text);
        } catch (UndecodableTextException e) {
            throw new Refusal(SMPPConstant.STAT_ESME_RSUBMITFAIL, String.format("data_coding 0x%02x: %s",
                    submission.dataCoding(), e.getMessage()));
        }
    }

    private static Concatenation sar(Tlvs tlvs) throws Refusal {
        long reference = tlvs.unsigned(Tlvs.SAR_MSG_REF_NUM);
        long total = tlvs.unsigned(Tlvs.SAR_TOTAL_SEGMENTS);
        long sequence = tlvs.unsigned(Tlvs.SAR_SEGMENT_SEQNUM);
        if (reference < 0 || total < 0 || sequence < 0) {
            throw new Refusal(SMPPConstant.STAT_ESME_RMISSINGTLV,
                    "sar_msg_ref_num needs sar_total_segments and sar_segment_seqnum");
        }
        return new Concatenation(MultipartMethod.SAR, (int) reference, (int) total, (int) sequence);
    }
}
