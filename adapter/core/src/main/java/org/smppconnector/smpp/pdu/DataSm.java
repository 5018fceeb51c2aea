package org.smppconnector.smpp.pdu;

/** data_sm: a message in either direction whose content travels in TLVs, usually message_payload. */
public final class DataSm extends PduRequest<DataSmResp> {

    String serviceType = "";
    byte sourceAddrTon;
    byte sourceAddrNpi;
    String sourceAddr = "";
    byte destAddrTon;
    byte destAddrNpi;
    String destinationAddr = "";
    byte esmClass;
    byte registeredDelivery;
    byte dataCoding;

    public DataSm() {
        super(CommandId.DATA_SM);
    }

    @Override
    protected DataSmResp newResponse() {
        return new DataSmResp();
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

    public int getRegisteredDelivery() {
        return registeredDelivery & 0xFF;
    }

    public void setRegisteredDelivery(int registeredDelivery) {
        this.registeredDelivery = octet(registeredDelivery, "registered_delivery");
    }

    public int getDataCoding() {
        return dataCoding & 0xFF;
    }

    public void setDataCoding(int dataCoding) {
        this.dataCoding = octet(dataCoding, "data_coding");
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", service_type=").append(serviceType)
          .append(", source=").append(sourceAddrTon & 0xFF).append('/').append(sourceAddrNpi & 0xFF).append('/').append(sourceAddr)
          .append(", dest=").append(destAddrTon & 0xFF).append('/').append(destAddrNpi & 0xFF).append('/').append(destinationAddr)
          .append(", esm_class=0x").append(Integer.toHexString(esmClass & 0xFF))
          .append(", registered_delivery=").append(registeredDelivery & 0xFF)
          .append(", data_coding=").append(dataCoding & 0xFF);
    }
}
