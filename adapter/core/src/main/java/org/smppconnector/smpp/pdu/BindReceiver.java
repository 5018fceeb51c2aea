package org.smppconnector.smpp.pdu;

/** bind_receiver. */
public final class BindReceiver extends BaseBind<BindReceiverResp> {

    public BindReceiver() {
        super(CommandId.BIND_RECEIVER);
    }

    @Override
    protected BindReceiverResp newResponse() {
        return new BindReceiverResp();
    }
}
