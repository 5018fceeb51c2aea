package org.smppconnector.smpp.pdu;

/** deliver_sm: the SMSC delivers a mobile-originated message or a delivery receipt to the ESME. */
public final class DeliverSm extends BaseSm<DeliverSmResp> {

    /** esm_class message type bits (5 to 2) of an SMSC delivery receipt. */
    public static final int ESM_CLASS_DELIVERY_RECEIPT = 0x04;
    private static final int ESM_CLASS_MESSAGE_TYPE_MASK = 0x3C;

    public DeliverSm() {
        super(CommandId.DELIVER_SM);
    }

    /** Whether esm_class marks this as an SMSC delivery receipt. */
    public boolean isDeliveryReceipt() {
        return (getEsmClass() & ESM_CLASS_MESSAGE_TYPE_MASK) == ESM_CLASS_DELIVERY_RECEIPT;
    }

    @Override
    protected DeliverSmResp newResponse() {
        return new DeliverSmResp();
    }
}
