package org.smppconnector.it.micro.app;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.api.inbound.ReceiptListener;

/**
 * Test-only MDB, added to the sample WAR: refuses the first delivery of each receipt for a
 * message sent to a number starting with {@value #FLAKY_PREFIX}, as an application whose
 * database was down for a moment would. The adapter must then answer ESME_RX_T_APPN, the SMSC
 * deliver the receipt again, and the sample's own MDB record it once.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "smpp-connector")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FlakyReceiptBean implements ReceiptListener {

    public static final String FLAKY_PREFIX = "4591";

    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    @Override
    public void onReceipt(Receipt receipt) {
        if (receipt.source().value().startsWith(FLAKY_PREFIX)
                && REFUSED.add(receipt.account() + "/" + receipt.messageId().orElse("?"))) {
            throw new IllegalStateException("refusing the first delivery of " + receipt + " (test)");
        }
    }
}
