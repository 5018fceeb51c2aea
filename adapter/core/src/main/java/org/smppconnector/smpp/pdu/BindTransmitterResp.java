package org.smppconnector.smpp.pdu;

/** bind_transmitter_resp. */
public final class BindTransmitterResp extends BaseBindResp {

    public BindTransmitterResp() {
        super(CommandId.BIND_TRANSMITTER_RESP);
    }
}
