package org.smppconnector.simulator.message;

import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.smpp.Tlvs;

/**
 * A submit_sm, data_sm or (one destination of a) submit_multi, as the rules see it,
 * whatever command carried it.
 *
 * @param bindGroup the submitting session's bind group (BulkSMS), else "0"
 */
public record Submission(
        SmppCommand command,
        String systemId,
        String sessionId,
        String bindGroup,
        int sequenceNumber,
        String serviceType,
        int sourceTon,
        int sourceNpi,
        String source,
        int destTon,
        int destNpi,
        String destination,
        int esmClass,
        int protocolId,
        int priority,
        String scheduleDeliveryTime,
        String validityPeriod,
        int registeredDelivery,
        int dataCoding,
        byte[] shortMessage,
        Tlvs tlvs) {

    public boolean hasUdhi() {
        return (esmClass & 0x40) != 0;
    }
}
