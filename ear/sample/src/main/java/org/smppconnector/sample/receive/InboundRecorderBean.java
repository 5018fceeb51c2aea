package org.smppconnector.sample.receive;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.api.inbound.InboundMessageListener;

/**
 * Receives every account's inbound (mobile-originated) messages from the resource adapter,
 * multipart ones once reassembled, and records them. Like {@link ReceiptRecorderBean}, it names
 * the standalone RAR; the EAR's variant overrides that.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "smpp-connector")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundRecorderBean implements InboundMessageListener {

    @EJB
    private DeliveryLog log;

    @Override
    public void onInboundMessage(InboundMessage message) {
        log.recordInbound(message);
    }
}
