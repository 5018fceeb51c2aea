package org.smppconnector.smpp.pdu;

/** A request PDU, answered by a response of type {@code R}. */
public abstract class PduRequest<R extends PduResponse> extends Pdu {

    protected PduRequest(int commandId) {
        super(commandId);
    }

    /** The command_id of the response that answers this request. */
    public final int getResponseCommandId() {
        return CommandId.responseOf(getCommandId());
    }

    @Override
    public final boolean expectsResponse() {
        return true;
    }

    /** A new response to this request, with its sequence number and status ESME_ROK. */
    public final R createResponse() {
        R response = newResponse();
        response.setSequenceNumber(getSequenceNumber());
        return response;
    }

    /** A new response to this request with the given status, e.g. to refuse it. */
    public final R createResponse(int commandStatus) {
        R response = createResponse();
        response.setCommandStatus(commandStatus);
        return response;
    }

    protected abstract R newResponse();
}
