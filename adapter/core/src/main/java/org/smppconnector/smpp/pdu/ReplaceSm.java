package org.smppconnector.smpp.pdu;

/** replace_sm: replaces a pending message's text and times. */
public final class ReplaceSm extends PduRequest<ReplaceSmResp> {

    private String messageId = "";
    private int sourceAddrTon;
    private int sourceAddrNpi;
    private String sourceAddr = "";
    private String scheduleDeliveryTime = "";
    private String validityPeriod = "";
    private int registeredDelivery;
    private int smDefaultMsgId;
    private byte[] shortMessage = BaseSm.NO_BYTES;

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
        this.messageId = nonNull(messageId);
    }

    public int getSourceAddrTon() {
        return sourceAddrTon;
    }

    public void setSourceAddrTon(int sourceAddrTon) {
        this.sourceAddrTon = sourceAddrTon;
    }

    public int getSourceAddrNpi() {
        return sourceAddrNpi;
    }

    public void setSourceAddrNpi(int sourceAddrNpi) {
        this.sourceAddrNpi = sourceAddrNpi;
    }

    public String getSourceAddr() {
        return sourceAddr;
    }

    public void setSourceAddr(String sourceAddr) {
        this.sourceAddr = nonNull(sourceAddr);
    }

    public void setSource(int ton, int npi, String addr) {
        this.sourceAddrTon = ton;
        this.sourceAddrNpi = npi;
        this.sourceAddr = nonNull(addr);
    }

    public String getScheduleDeliveryTime() {
        return scheduleDeliveryTime;
    }

    public void setScheduleDeliveryTime(String scheduleDeliveryTime) {
        this.scheduleDeliveryTime = nonNull(scheduleDeliveryTime);
    }

    public String getValidityPeriod() {
        return validityPeriod;
    }

    public void setValidityPeriod(String validityPeriod) {
        this.validityPeriod = nonNull(validityPeriod);
    }

    public int getRegisteredDelivery() {
        return registeredDelivery;
    }

    public void setRegisteredDelivery(int registeredDelivery) {
        this.registeredDelivery = registeredDelivery;
    }

    public int getSmDefaultMsgId() {
        return smDefaultMsgId;
    }

    public void setSmDefaultMsgId(int smDefaultMsgId) {
        this.smDefaultMsgId = smDefaultMsgId;
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
          .append(", source=").append(sourceAddrTon).append('/').append(sourceAddrNpi).append('/').append(sourceAddr)
          .append(", schedule_delivery_time=").append(scheduleDeliveryTime)
          .append(", validity_period=").append(validityPeriod)
          .append(", registered_delivery=").append(registeredDelivery)
          .append(", sm_default_msg_id=").append(smDefaultMsgId)
          .append(", short_message=");
        appendHex(sb, shortMessage);
    }
}
