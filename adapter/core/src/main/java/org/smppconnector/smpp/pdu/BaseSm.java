package org.smppconnector.smpp.pdu;

/** The body submit_sm and deliver_sm share (SMPP 3.4 sections 4.4.1 and 4.6.1). */
public abstract class BaseSm<R extends BaseSmResp> extends PduRequest<R> {

    static final byte[] NO_BYTES = new byte[0];

    private String serviceType = "";
    private int sourceAddrTon;
    private int sourceAddrNpi;
    private String sourceAddr = "";
    private int destAddrTon;
    private int destAddrNpi;
    private String destinationAddr = "";
    private int esmClass;
    private int protocolId;
    private int priorityFlag;
    private String scheduleDeliveryTime = "";
    private String validityPeriod = "";
    private int registeredDelivery;
    private int replaceIfPresentFlag;
    private int dataCoding;
    private int smDefaultMsgId;
    private byte[] shortMessage = NO_BYTES;

    protected BaseSm(int commandId) {
        super(commandId);
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = nonNull(serviceType);
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

    /** Sets source_addr_ton, source_addr_npi and source_addr. */
    public void setSource(int ton, int npi, String addr) {
        this.sourceAddrTon = ton;
        this.sourceAddrNpi = npi;
        this.sourceAddr = nonNull(addr);
    }

    public int getDestAddrTon() {
        return destAddrTon;
    }

    public void setDestAddrTon(int destAddrTon) {
        this.destAddrTon = destAddrTon;
    }

    public int getDestAddrNpi() {
        return destAddrNpi;
    }

    public void setDestAddrNpi(int destAddrNpi) {
        this.destAddrNpi = destAddrNpi;
    }

    public String getDestinationAddr() {
        return destinationAddr;
    }

    public void setDestinationAddr(String destinationAddr) {
        this.destinationAddr = nonNull(destinationAddr);
    }

    /** Sets dest_addr_ton, dest_addr_npi and destination_addr. */
    public void setDestination(int ton, int npi, String addr) {
        this.destAddrTon = ton;
        this.destAddrNpi = npi;
        this.destinationAddr = nonNull(addr);
    }

    public int getEsmClass() {
        return esmClass;
    }

    public void setEsmClass(int esmClass) {
        this.esmClass = esmClass;
    }

    public int getProtocolId() {
        return protocolId;
    }

    public void setProtocolId(int protocolId) {
        this.protocolId = protocolId;
    }

    public int getPriorityFlag() {
        return priorityFlag;
    }

    public void setPriorityFlag(int priorityFlag) {
        this.priorityFlag = priorityFlag;
    }

    /** Absolute or relative time in the 16-character SMPP form, or "" for immediate delivery. */
    public String getScheduleDeliveryTime() {
        return scheduleDeliveryTime;
    }

    public void setScheduleDeliveryTime(String scheduleDeliveryTime) {
        this.scheduleDeliveryTime = nonNull(scheduleDeliveryTime);
    }

    /** Absolute or relative time in the 16-character SMPP form, or "" for the SMSC default. */
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

    public int getReplaceIfPresentFlag() {
        return replaceIfPresentFlag;
    }

    public void setReplaceIfPresentFlag(int replaceIfPresentFlag) {
        this.replaceIfPresentFlag = replaceIfPresentFlag;
    }

    public int getDataCoding() {
        return dataCoding;
    }

    public void setDataCoding(int dataCoding) {
        this.dataCoding = dataCoding;
    }

    public int getSmDefaultMsgId() {
        return smDefaultMsgId;
    }

    public void setSmDefaultMsgId(int smDefaultMsgId) {
        this.smDefaultMsgId = smDefaultMsgId;
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
          .append(", source=").append(sourceAddrTon).append('/').append(sourceAddrNpi).append('/').append(sourceAddr)
          .append(", dest=").append(destAddrTon).append('/').append(destAddrNpi).append('/').append(destinationAddr)
          .append(", esm_class=0x").append(Integer.toHexString(esmClass))
          .append(", protocol_id=").append(protocolId)
          .append(", priority_flag=").append(priorityFlag)
          .append(", schedule_delivery_time=").append(scheduleDeliveryTime)
          .append(", validity_period=").append(validityPeriod)
          .append(", registered_delivery=").append(registeredDelivery)
          .append(", replace_if_present_flag=").append(replaceIfPresentFlag)
          .append(", data_coding=").append(dataCoding)
          .append(", sm_default_msg_id=").append(smDefaultMsgId)
          .append(", short_message=");
        appendHex(sb, shortMessage);
    }
}
