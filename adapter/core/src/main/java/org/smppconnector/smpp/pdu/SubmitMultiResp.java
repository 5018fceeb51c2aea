package org.smppconnector.smpp.pdu;

import java.util.ArrayList;
import java.util.List;

/** submit_multi_resp: the message_id and the destinations the SMSC refused (unsuccess_sme). */
public final class SubmitMultiResp extends PduResponse {

    String messageId = "";
    List<UnsuccessSme> unsuccessSmes = new ArrayList<>();

    public SubmitMultiResp() {
        super(CommandId.SUBMIT_MULTI_RESP);
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = text(messageId, "message_id");
    }

    /** The refused destinations (no_unsuccess is their count); a live, modifiable list. */
    public List<UnsuccessSme> getUnsuccessSmes() {
        return unsuccessSmes;
    }

    public void setUnsuccessSmes(List<UnsuccessSme> unsuccessSmes) {
        this.unsuccessSmes = unsuccessSmes == null ? new ArrayList<>() : unsuccessSmes;
    }

    public void addUnsuccessSme(UnsuccessSme sme) {
        unsuccessSmes.add(sme);
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", message_id=").append(messageId).append(", unsuccess_sme=").append(unsuccessSmes);
    }
}
