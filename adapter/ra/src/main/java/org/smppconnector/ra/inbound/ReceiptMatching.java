package org.smppconnector.ra.inbound;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.smpp.receipt.DeliveryReceipt;
import org.smppconnector.smpp.session.SmppSession;

/**
 * What happens to a receipt before the listeners get it: with the shared store it is recorded
 * and matched to its submission (whichever session or server received it); without one it
 * passes unchanged.
 */
@FunctionalInterface
public interface ReceiptMatching {

    /** Passes every receipt on as it is: the adapter without a store. */
    ReceiptMatching NONE = (account, session, receipt, parsed) -> CompletableFuture.completedFuture(receipt);

    /**
     * Called on the bind's reader: returns at once, and completes later.
     *
     * @param session the bind that received it
     * @param receipt the receipt as the listeners would get it
     * @param parsed  the core's reading of it; null when nothing in it was readable
     * @return the receipt with what the store made of it; completes exceptionally when it could
     *         not be recorded, so that the deliver_sm is refused and the SMSC delivers it again
     */
    CompletionStage<Receipt> match(AccountDefinition account, SmppSession session, Receipt receipt,
                                   DeliveryReceipt parsed);
}
