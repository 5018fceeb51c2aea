package org.smppconnector.smpp.pdu;

/** A response PDU. */
public abstract class PduResponse extends Pdu {

    protected PduResponse(int commandId) {
        super(commandId);
    }

    /**
     * The command_id of the request this responds to; for generic_nack, which answers any request,
     * 0.
     */
    public final int getRequestCommandId() {
        return getCommandId() & ~CommandId.RESPONSE_BIT;
    }

    /** Whether command_status is ESME_ROK. */
    public final boolean isOk() {
        return getCommandStatus() == CommandStatus.ESME_ROK;
    }
}
