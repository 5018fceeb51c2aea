package org.smppconnector.smpp.pdu;

import java.util.ArrayList;
import java.util.List;

/** submit_multi: one message to up to 254 SME addresses and distribution lists (SMPP 3.4 section 4.5.1). */
public final class SubmitMulti extends PduRequest<SubmitMultiResp> {

    private String serviceType = "";
    private int sourceAddrTon;
    private int sourceAddrNpi;
    private String sourceAddr = "";
    private List<DestAddress> destAddresses = new ArrayList<>();
    private int esmClass;
    private int protocolId;
    private int priorityFlag;
    private String scheduleDeliveryTime = "";
    private String validityPeriod = "";
    private int registeredDelivery;
    private int replaceIfPresentFlag;
    private int dataCoding;
    private int smDefaultMsgId;
    private byte[] shortMessage = BaseSm.NO_BYTES;

    public SubmitMulti() {
        super(CommandId.SUBMIT_MULTI);
    }

    @Override
    protected SubmitMultiResp newResponse() {
        return new SubmitMultiResp();
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

    /** The destinations (number_of_dests is their count); a live, modifiable list. */
    public List<DestAddress> getDestAddresses() {
        return destAddresses;
    }

    public void setDestAddresses(List<DestAddress> destAddresses) {
        this.destAddresses = destAddresses == null ? new ArrayList<>() : destAddresses;
    }

    public void addDestAddress(DestAddress destAddress) {
        destAddresses.add(destAddress);
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

    public byte[] getShortMessage() {
        return shortMessage;
    }

    public void setShortMessage(byte[] shortMessage) {
        this.shortMessage = shortMessage == null ? BaseSm.NO_BYTES : shortMessage;
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", service_type=").append(serviceType)
          .append(", source=").append(sourceAddrTon).append('/').append(sourceAddrNpi).append('/').append(sourceAddr)
          .append(", dests=").append(destAddresses)
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
