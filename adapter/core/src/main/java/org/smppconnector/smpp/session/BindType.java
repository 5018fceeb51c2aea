package org.smppconnector.smpp.session;

import org.smppconnector.smpp.pdu.BaseBind;
import org.smppconnector.smpp.pdu.BindReceiver;
import org.smppconnector.smpp.pdu.BindTransceiver;
import org.smppconnector.smpp.pdu.BindTransmitter;

/** The three ways to bind: send only, receive only, or both. */
public enum BindType {
    TRANSMITTER,
    RECEIVER,
    TRANSCEIVER;

    /** Whether the bind may send submit_sm and the other ESME requests. */
    public boolean canTransmit() {
        return this != RECEIVER;
    }

    /** Whether the SMSC delivers deliver_sm / data_sm on the bind. */
    public boolean canReceive() {
        return this != TRANSMITTER;
    }

    BaseBind<?> newBindRequest() {
        switch (this) {
            case TRANSMITTER:
                return new BindTransmitter();
            case RECEIVER:
                return new BindReceiver();
            default:
                return new BindTransceiver();
        }
    }

    SmppSession.State boundState() {
        switch (this) {
            case TRANSMITTER:
                return SmppSession.State.BOUND_TX;
            case RECEIVER:
                return SmppSession.State.BOUND_RX;
            default:
                return SmppSession.State.BOUND_TRX;
        }
    }
}
