package org.smppconnector.smpp.pdu;

import java.util.ArrayList;
import java.util.List;

/** submit_multi: one message to up to 254 SME addresses and distribution lists (SMPP 3.4 section 4.5.1). */
public final class SubmitMulti extends PduRequest<SubmitMultiResp> {

    String serviceType = "";
    byte sourceAddrTon;
    byte sourceAddrNpi;
    String sourceAddr = "";
    List<DestAddress> destAddresses = new ArrayList<>();
    byte esmClass;
    byte protocolId;
    byte priorityFlag;
    String scheduleDeliveryTime = "";
    String validityPeriod = "";
    byte registeredDelivery;
    byte replaceIfPresentFlag;
    byte dataCoding;
    byte smDefaultMsgId;
    byte[] shortMessage = BaseSm.NO_BYTES;

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

    public byte[] getShortMessage() {
        return shortMessage;
    }

    public void setShortMessage(byte[] shortMessage) {
        this.shortMessage = shortMessage == null ? BaseSm.NO_BYTES : shortMessage;
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", service_type=").append(serviceType)
          .append(", source=").append(sourceAddrTon & 0xFF).append('/').append(sourceAddrNpi & 0xFF).append('/').append(sourceAddr)
          .append(", dests=").append(destAddresses)
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
