package org.smppconnector.api.inbound;

/**
 * Implemented by a message-driven bean to receive the delivery receipts of an account; see the
 * package documentation for choosing the account and bind group.
 *
 * <p><b>Acknowledgement.</b> The receipt's deliver_sm is answered only after
 * {@link #onReceipt} returned: with ESME_ROK when it returned normally; with ESME_RX_T_APPN
 * when it threw, so that the SMSC delivers the receipt again later. Throw (any runtime
 * exception; the container rolls the bean's transaction back) only for what may pass, such as
 * a database that is down; a receipt the application can never use is logged and returned from,
 * or it keeps coming back.
 *
 * <p>Receipts are delivered at least once: the same receipt can come again, and on any of the
 * account's sessions, and in any order. Record them so that a repeat does no harm and a late
 * ENROUTE does not overwrite a final state.
 */
public interface ReceiptListener {

    /**
     * Handles one receipt.
     *
     * @throws RuntimeException to refuse it for now: the SMSC is answered ESME_RX_T_APPN and
     *     delivers it again
     */
    void onReceipt(Receipt receipt);
}
