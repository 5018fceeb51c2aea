package org.smppconnector.smpp.pdu;

/** The body submit_sm and deliver_sm share (SMPP 3.4 sections 4.4.1 and 4.6.1). */
public abstract class BaseSm<R extends BaseSmResp> extends PduRequest<R> {

    static final byte[] NO_BYTES = new byte[0];

    String serviceType = "";
    byte sourceAddrTon;
    byte sourceAddrNpi;
    String sourceAddr = "";
    byte destAddrTon;
    byte destAddrNpi;
    String destinationAddr = "";
    byte esmClass;
    byte protocolId;
    byte priorityFlag;
    String scheduleDeliveryTime = "";
    String validityPeriod = "";
    byte registeredDelivery;
    byte replaceIfPresentFlag;
    byte dataCoding;
    byte smDefaultMsgId;
    byte[] shortMessage = NO_BYTES;

    protected BaseSm(int commandId) {
        super(commandId);
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = text(serviceType, "service_type");
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

    /** Sets source_addr_ton, source_addr_npi and source_addr. */
    public void setSource(int ton, int npi, String addr) {
        this.sourceAddrTon = octet(ton, "source_addr_ton");
        this.sourceAddrNpi = octet(npi, "source_addr_npi");
        this.sourceAddr = text(addr, "source_addr");
    }

    public int getDestAddrTon() {
        return destAddrTon & 0xFF;
    }

    public void setDestAddrTon(int destAddrTon) {
        this.destAddrTon = octet(destAddrTon, "dest_addr_ton");
    }

    public int getDestAddrNpi() {
        return destAddrNpi & 0xFF;
    }

    public void setDestAddrNpi(int destAddrNpi) {
        this.destAddrNpi = octet(destAddrNpi, "dest_addr_npi");
    }

    public String getDestinationAddr() {
        return destinationAddr;
    }

    public void setDestinationAddr(String destinationAddr) {
        this.destinationAddr = text(destinationAddr, "destination_addr");
    }

    /** Sets dest_addr_ton, dest_addr_npi and destination_addr. */
    public void setDestination(int ton, int npi, String addr) {
        this.destAddrTon = octet(ton, "dest_addr_ton");
        this.destAddrNpi = octet(npi, "dest_addr_npi");
        this.destinationAddr = text(addr, "destination_addr");
    }

    public int getEsmClass() {
        return esmClass & 0xFF;
    }

    public void setEsmClass(int esmClass) {
        this.esmClass = octet(esmClass, "esm_class");
    }

    public int getProtocolId() {
        return protocolId & 0xFF;
    }

    public void setProtocolId(int protocolId) {
        this.protocolId = octet(protocolId, "protocol_id");
    }

    public int getPriorityFlag() {
        return priorityFlag & 0xFF;
    }

    public void setPriorityFlag(int priorityFlag) {
        this.priorityFlag = octet(priorityFlag, "priority_flag");
    }

    /** Absolute or relative time in the 16-character SMPP form, or "" for immediate delivery. */
    public String getScheduleDeliveryTime() {
        return scheduleDeliveryTime;
    }

    public void setScheduleDeliveryTime(String scheduleDeliveryTime) {
        this.scheduleDeliveryTime = text(scheduleDeliveryTime, "schedule_delivery_time");
    }

    /** Absolute or relative time in the 16-character SMPP form, or "" for the SMSC default. */
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

    public int getReplaceIfPresentFlag() {
        return replaceIfPresentFlag & 0xFF;
    }

    public void setReplaceIfPresentFlag(int replaceIfPresentFlag) {
        this.replaceIfPresentFlag = octet(replaceIfPresentFlag, "replace_if_present_flag");
    }

    public int getDataCoding() {
        return dataCoding & 0xFF;
    }

    public void setDataCoding(int dataCoding) {
        this.dataCoding = octet(dataCoding, "data_coding");
    }

    public int getSmDefaultMsgId() {
        return smDefaultMsgId & 0xFF;
    }

    public void setSmDefaultMsgId(int smDefaultMsgId) {
        this.smDefaultMsgId = octet(smDefaultMsgId, "sm_default_msg_id");
    }

    /** The short_message octets (sm_length is their count); never null, not copied. */
    public byte[] getShortMessage() {
        return shortMessage;
    }

    public void setShortMessage(byte[] shortMessage) {
        this.shortMessage = shortMessage == null ? NO_BYTES : shortMessage;
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", service_type=").append(serviceType)
          .append(", source=").append(sourceAddrTon & 0xFF).append('/').append(sourceAddrNpi & 0xFF).append('/').append(sourceAddr)
          .append(", dest=").append(destAddrTon & 0xFF).append('/').append(destAddrNpi & 0xFF).append('/').append(destinationAddr)
          .append(", esm_class=0x").append(Integer.toHexString(esmClass & 0xFF))
          .append(", protocol_id=").append(protocolId & 0xFF)
          .append(", priority_flag=").append(priorityFlag & 0xFF)
          .append(", schedule_delivery_time=").append(scheduleDeliveryTime)
          .append(", validity_period=").append(validityPeriod)
          .append(", registered_delivery=").append(registeredDelivery & 0xFF)
          .append(", replace_if_present_flag=").append(replaceIfPresentFlag & 0xFF)
          .append(", data_coding=").append(dataCoding & 0xFF)
          .append(", sm_default_msg_id=").append(smDefaultMsgId & 0xFF)
          .append(", short_message=");
        appendHex(sb, shortMessage);
    }
}
