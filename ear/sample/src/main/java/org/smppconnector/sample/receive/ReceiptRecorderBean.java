package org.smppconnector.sample.receive;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.api.inbound.ReceiptListener;

/**
 * Receives every account's delivery receipts from the resource adapter and records each once.
 * Returning normally acknowledges the deliver_sm (ESME_ROK); an exception here would make the
 * SMSC deliver the receipt again.
 *
 * <p>The adapter is named "smpp-connector", the standalone RAR; inside the EAR the "ear"
 * variant of this WAR names the RAR inside the EAR in WEB-INF/glassfish-ejb-jar.xml, which
 * Payara reads first (see there).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "smpp-connector")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the log is in memory: no transaction to join
public class ReceiptRecorderBean implements ReceiptListener {

    @EJB
    private DeliveryLog log;

    @Override
    public void onReceipt(Receipt receipt) {
        log.recordReceipt(receipt);
    }
}
