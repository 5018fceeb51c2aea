package org.smppconnector.smpp.pdu;

/** submit_sm_resp: carries the SMSC's message_id for the submitted message. */
public final class SubmitSmResp extends BaseSmResp {

    public SubmitSmResp() {
        super(CommandId.SUBMIT_SM_RESP);
    }
}
