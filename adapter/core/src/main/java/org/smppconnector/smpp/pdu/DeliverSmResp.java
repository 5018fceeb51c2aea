package org.smppconnector.smpp.pdu;

/** deliver_sm_resp: message_id is unused and left empty. */
public final class DeliverSmResp extends BaseSmResp {

    public DeliverSmResp() {
        super(CommandId.DELIVER_SM_RESP);
    }
}
