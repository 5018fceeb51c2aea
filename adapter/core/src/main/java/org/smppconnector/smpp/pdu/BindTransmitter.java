package org.smppconnector.smpp.pdu;

/** bind_transmitter. */
public final class BindTransmitter extends BaseBind<BindTransmitterResp> {

    public BindTransmitter() {
        super(CommandId.BIND_TRANSMITTER);
    }

    @Override
    protected BindTransmitterResp newResponse() {
        return new BindTransmitterResp();
    }
}
