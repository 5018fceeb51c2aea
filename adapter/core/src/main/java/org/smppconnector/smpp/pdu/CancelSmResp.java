package org.smppconnector.smpp.pdu;

/** cancel_sm_resp; it has no body. */
public final class CancelSmResp extends PduResponse {

    public CancelSmResp() {
        super(CommandId.CANCEL_SM_RESP);
    }

    @Override
    public boolean allowsTlvs() {
        return false;
    }
}
