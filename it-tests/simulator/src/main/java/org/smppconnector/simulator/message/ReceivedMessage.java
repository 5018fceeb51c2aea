package org.smppconnector.simulator.message;

import java.time.Instant;
import java.util.List;

import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * A message an ESME submitted, reassembled when it came in parts, its text decoded.
 *
 * @param bindGroup      the bind group of the submitting session ("0" unless BulkSMS)
 * @param routingGroup   the routing group the profile chose from service_type (BulkSMS), else null
 * @param payload        the user data of all parts, concatenated, without headers
 * @param tlvs           the first part's TLVs
 * @param complete       false when parts were still missing when the reassembly gave up
 * @param responseDropped true when a fault kept the response from the ESME
 */
public record ReceivedMessage(
        SmppCommand command,
        String systemId,
        String sessionId,
        String bindGroup,
        List<String> messageIds,
        String serviceType,
        String routingGroup,
        int sourceTon,
        int sourceNpi,
        String source,
        int destTon,
        int destNpi,
        String destination,
        int esmClass,
        int dataCoding,
        Alphabet alphabet,
        int registeredDelivery,
        int priority,
        MultipartMethod method,
        String text,
        byte[] payload,
        List<MessagePart> parts,
        Tlvs tlvs,
        boolean complete,
        boolean responseDropped,
        Instant receivedAt) {

    /** The message id of the first part (of the only part, for single messages). */
    public String messageId() {
        return messageIds.get(0);
    }

    public boolean isMultipart() {
        return parts.size() > 1 || method.isSegmented();
    }
}
