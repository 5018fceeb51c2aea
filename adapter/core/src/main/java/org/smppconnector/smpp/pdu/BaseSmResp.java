package org.smppconnector.smpp.pdu;

/** A response whose body is a message_id (submit_sm_resp, deliver_sm_resp, data_sm_resp). */
public abstract class BaseSmResp extends PduResponse {

    String messageId = "";

    protected BaseSmResp(int commandId) {
        super(commandId);
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = text(messageId, "message_id");
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", message_id=").append(messageId);
    }
}
