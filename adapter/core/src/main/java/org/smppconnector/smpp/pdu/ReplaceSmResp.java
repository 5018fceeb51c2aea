package org.smppconnector.smpp.pdu;

/** replace_sm_resp; it has no body. */
public final class ReplaceSmResp extends PduResponse {

    public ReplaceSmResp() {
        super(CommandId.REPLACE_SM_RESP);
    }

    @Override
    public boolean allowsTlvs() {
        return false;
    }
}
