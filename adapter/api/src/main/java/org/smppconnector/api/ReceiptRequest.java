package org.smppconnector.api;

/**
 * Which delivery receipts to ask the SMSC for: the SMSC-receipt bits of registered_delivery
 * (SMPP 3.4, 5.2.17). Receipts reach the {@code ReceiptListener} message-driven beans of the
 * account.
 */
public enum ReceiptRequest {
    /** No receipt (registered_delivery 0), the default. */
    NONE(0),
    /** A receipt for the final outcome, delivered or not (1). The one every provider offers. */
    SUCCESS_OR_FAILURE(1),
    /** A receipt only when delivery failed (2). */
    FAILURE_ONLY(2);

    private final int registeredDelivery;

    ReceiptRequest(int registeredDelivery) {
        this.registeredDelivery = registeredDelivery;
    }

    /** The value of the registered_delivery field. */
    public int registeredDelivery() {
        return registeredDelivery;
    }
}
