package org.smppconnector.smpp.pool;

import java.util.Optional;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.split.MessagePart;

/**
 * Writes what belongs to one part of a split message into its submit_sm: the UDHI flag, the
 * data_coding, the user data (short_message or message_payload) and the SAR TLVs. Everything
 * else (addresses, validity, the caller's TLVs) is the caller's, set before or after.
 */
public final class PartContent {

    private PartContent() {
    }

    public static void write(MessagePart part, SubmitSm sm) {
        sm.setEsmClass((sm.getEsmClass() & ~MessagePart.ESM_CLASS_UDHI) | part.esmClassFlags());
        sm.setDataCoding(part.dataCoding().value());
        Optional<byte[]> payload = part.messagePayload();
        if (payload.isPresent()) {
            sm.setShortMessage(new byte[0]);
            sm.getTlvs().putBytes(Tag.MESSAGE_PAYLOAD, payload.get());
        } else {
            sm.setShortMessage(part.shortMessage());
        }
        part.sar().ifPresent(sar -> sm.getTlvs()
                .putInt(Tag.SAR_MSG_REF_NUM, sar.reference())
                .putInt(Tag.SAR_TOTAL_SEGMENTS, sar.total())
                .putInt(Tag.SAR_SEGMENT_SEQNUM, sar.sequence()));
    }
}
