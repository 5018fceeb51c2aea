package org.smppconnector.smpp.pdu;

/** unbind_resp; it has no body. */
public final class UnbindResp extends PduResponse {

    public UnbindResp() {
        super(CommandId.UNBIND_RESP);
    }

    @Override
    public boolean allowsTlvs() {
        return false;
    }
}
