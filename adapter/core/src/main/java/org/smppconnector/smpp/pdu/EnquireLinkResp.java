package org.smppconnector.smpp.pdu;

/** enquire_link_resp; it has no body. */
public final class EnquireLinkResp extends PduResponse {

    public EnquireLinkResp() {
        super(CommandId.ENQUIRE_LINK_RESP);
    }

    @Override
    public boolean allowsTlvs() {
        return false;
    }
}
