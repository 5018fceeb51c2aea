package org.smppconnector.smpp.pdu;

/** bind_receiver_resp. */
public final class BindReceiverResp extends BaseBindResp {

    public BindReceiverResp() {
        super(CommandId.BIND_RECEIVER_RESP);
    }
}
