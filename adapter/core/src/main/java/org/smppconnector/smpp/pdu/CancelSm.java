package org.smppconnector.smpp.pdu;

/** cancel_sm: cancels one pending message (by message_id) or all matching the addresses and service_type. */
public final class CancelSm extends PduRequest<CancelSmResp> {

    String serviceType = "";
    String messageId = "";
    byte sourceAddrTon;
    byte sourceAddrNpi;
    String sourceAddr = "";
    byte destAddrTon;
    byte destAddrNpi;
    String destinationAddr = "";

    public CancelSm() {
        super(CommandId.CANCEL_SM);
    }

    @Override
    protected CancelSmResp newResponse() {
        return new CancelSmResp();
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = text(serviceType, "service_type");
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

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", service_type=").append(serviceType)
          .append(", message_id=").append(messageId)
          .append(", source=").append(sourceAddrTon & 0xFF).append('/').append(sourceAddrNpi & 0xFF).append('/').append(sourceAddr)
          .append(", dest=").append(destAddrTon & 0xFF).append('/').append(destAddrNpi & 0xFF).append('/').append(destinationAddr);
    }
}
