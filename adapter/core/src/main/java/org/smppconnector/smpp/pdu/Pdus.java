package org.smppconnector.smpp.pdu;

/** New empty PDU instances by command_id. */
final class Pdus {

    private Pdus() {
    }

    /** A new PDU of this command, or null when the command_id is not one we know. */
    static Pdu newPdu(int commandId) {
        switch (commandId) {
            case CommandId.SUBMIT_SM: return new SubmitSm();
            case CommandId.SUBMIT_SM_RESP: return new SubmitSmResp();
            case CommandId.DELIVER_SM: return new DeliverSm();
            case CommandId.DELIVER_SM_RESP: return new DeliverSmResp();
            case CommandId.ENQUIRE_LINK: return new EnquireLink();
            case CommandId.ENQUIRE_LINK_RESP: return new EnquireLinkResp();
            case CommandId.DATA_SM: return new DataSm();
            case CommandId.DATA_SM_RESP: return new DataSmResp();
            case CommandId.GENERIC_NACK: return new GenericNack();
            case CommandId.BIND_RECEIVER: return new BindReceiver();
            case CommandId.BIND_RECEIVER_RESP: return new BindReceiverResp();
            case CommandId.BIND_TRANSMITTER: return new BindTransmitter();
            case CommandId.BIND_TRANSMITTER_RESP: return new BindTransmitterResp();
            case CommandId.BIND_TRANSCEIVER: return new BindTransceiver();
            case CommandId.BIND_TRANSCEIVER_RESP: return new BindTransceiverResp();
            case CommandId.OUTBIND: return new Outbind();
            case CommandId.UNBIND: return new Unbind();
            case CommandId.UNBIND_RESP: return new UnbindResp();
            case CommandId.QUERY_SM: return new QuerySm();
            case CommandId.QUERY_SM_RESP: return new QuerySmResp();
            case CommandId.REPLACE_SM: return new ReplaceSm();
            case CommandId.REPLACE_SM_RESP: return new ReplaceSmResp();
            case CommandId.CANCEL_SM: return new CancelSm();
            case CommandId.CANCEL_SM_RESP: return new CancelSmResp();
            case CommandId.SUBMIT_MULTI: return new SubmitMulti();
            case CommandId.SUBMIT_MULTI_RESP: return new SubmitMultiResp();
            case CommandId.ALERT_NOTIFICATION: return new AlertNotification();
            default: return null;
        }
    }
}
