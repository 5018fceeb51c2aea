package org.smppconnector.smpp.pdu;

/** replace_sm: replaces a pending message's text and times. */
public final class ReplaceSm extends PduRequest<ReplaceSmResp> {

    String messageId = "";
    byte sourceAddrTon;
    byte sourceAddrNpi;
    String sourceAddr = "";
    String scheduleDeliveryTime = "";
    String validityPeriod = "";
    byte registeredDelivery;
    byte smDefaultMsgId;
    byte[] shortMessage = BaseSm.NO_BYTES;

    public ReplaceSm() {
        super(CommandId.REPLACE_SM);
    }

    @Override
    protected ReplaceSmResp newResponse() {
        return new ReplaceSmResp();
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = text(messageId, "message_id");
    }

    public int getSourceAddrTon() {
        return sourceAddrTon & 0xFF;
    }

    public void setSourceAddrTon(int sourceAddrTon) {
        this.sourceAddrTon = octet(sourceAddrTon, "source_addr_ton");
    }

    public int getSourceAddrNpi() {
        return sourceAddrNpi & 0xFF;
    }

    public void setSourceAddrNpi(int sourceAddrNpi) {
        this.sourceAddrNpi = octet(sourceAddrNpi, "source_addr_npi");
    }

    public String getSourceAddr() {
        return sourceAddr;
    }

    public void setSourceAddr(String sourceAddr) {
        this.sourceAddr = text(sourceAddr, "source_addr");
    }

    public void setSource(int ton, int npi, String addr) {
        this.sourceAddrTon = octet(ton, "source_addr_ton");
        this.sourceAddrNpi = octet(npi, "source_addr_npi");
        this.sourceAddr = text(addr, "source_addr");
    }

    public String getScheduleDeliveryTime() {
        return scheduleDeliveryTime;
    }

    public void setScheduleDeliveryTime(String scheduleDeliveryTime) {
        this.scheduleDeliveryTime = text(scheduleDeliveryTime, "schedule_delivery_time");
    }

    public String getValidityPeriod() {
        return validityPeriod;
    }

    public void setValidityPeriod(String validityPeriod) {
        this.validityPeriod = text(validityPeriod, "validity_period");
    }

    public int getRegisteredDelivery() {
        return registeredDelivery & 0xFF;
    }

    public void setRegisteredDelivery(int registeredDelivery) {
        this.registeredDelivery = octet(registeredDelivery, "registered_delivery");
    }

    public int getSmDefaultMsgId() {
        return smDefaultMsgId & 0xFF;
    }

    public void setSmDefaultMsgId(int smDefaultMsgId) {
        this.smDefaultMsgId = octet(smDefaultMsgId, "sm_default_msg_id");
    }

    public byte[] getShortMessage() {
        return shortMessage;
    }

    public void setShortMessage(byte[] shortMessage) {
        this.shortMessage = shortMessage == null ? BaseSm.NO_BYTES : shortMessage;
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", message_id=").append(messageId)
          .append(", source=").append(sourceAddrTon & 0xFF).append('/').append(sourceAddrNpi & 0xFF).append('/').append(sourceAddr)
          .append(", schedule_delivery_time=").append(scheduleDeliveryTime)
          .append(", validity_period=").append(validityPeriod)
          .append(", registered_delivery=").append(registeredDelivery & 0xFF)
          .append(", sm_default_msg_id=").append(smDefaultMsgId & 0xFF)
          .append(", short_message=");
        appendHex(sb, shortMessage);
    }
}
