package org.smppconnector.smpp.pdu;

/** data_sm_resp. */
public final class DataSmResp extends BaseSmResp {

    public DataSmResp() {
        super(CommandId.DATA_SM_RESP);
    }
}
