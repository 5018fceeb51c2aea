package org.smppconnector.smpp.pdu;

/** bind_transceiver_resp. */
public final class BindTransceiverResp extends BaseBindResp {

    public BindTransceiverResp() {
        super(CommandId.BIND_TRANSCEIVER_RESP);
    }
}
