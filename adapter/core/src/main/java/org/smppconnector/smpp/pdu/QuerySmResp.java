package org.smppconnector.smpp.pdu;

/** query_sm_resp: the message's state, the time it reached it, and a network error code. */
public final class QuerySmResp extends PduResponse {

    String messageId = "";
    String finalDate = "";
    byte messageState;
    byte errorCode;

    public QuerySmResp() {
        super(CommandId.QUERY_SM_RESP);
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = text(messageId, "message_id");
    }

    /** When the message reached its final state, in the 16-character SMPP time form, or "". */
    public String getFinalDate() {
        return finalDate;
    }

    public void setFinalDate(String finalDate) {
        this.finalDate = text(finalDate, "final_date");
    }

    /** 1 ENROUTE, 2 DELIVERED, 3 EXPIRED, 4 DELETED, 5 UNDELIVERABLE, 6 ACCEPTED, 7 UNKNOWN, 8 REJECTED. */
    public int getMessageState() {
        return messageState & 0xFF;
    }

    public void setMessageState(int messageState) {
        this.messageState = octet(messageState, "message_state");
    }

    public int getErrorCode() {
        return errorCode & 0xFF;
    }

    public void setErrorCode(int errorCode) {
        this.errorCode = octet(errorCode, "error_code");
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", message_id=").append(messageId)
          .append(", final_date=").append(finalDate)
          .append(", message_state=").append(messageState & 0xFF)
          .append(", error_code=").append(errorCode & 0xFF);
    }
}
