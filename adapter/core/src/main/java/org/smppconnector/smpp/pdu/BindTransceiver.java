package org.smppconnector.smpp.pdu;

/** bind_transceiver. */
public final class BindTransceiver extends BaseBind<BindTransceiverResp> {

    public BindTransceiver() {
        super(CommandId.BIND_TRANSCEIVER);
    }

    @Override
    protected BindTransceiverResp newResponse() {
        return new BindTransceiverResp();
    }
}
