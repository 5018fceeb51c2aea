package org.smppconnector.smpp.pdu;

/** cancel_sm: cancels one pending message (by message_id) or all matching the addresses and service_type. */
public final class CancelSm extends PduRequest<CancelSmResp> {

    private String serviceType = "";
    private String messageId = "";
    private int sourceAddrTon;
    private int sourceAddrNpi;
    private String sourceAddr = "";
    private int destAddrTon;
    private int destAddrNpi;
    private String destinationAddr = "";

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
        this.serviceType = nonNull(serviceType);
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

    public void setDestination(int ton, int npi, String addr) {
        this.destAddrTon = ton;
        this.destAddrNpi = npi;
        this.destinationAddr = nonNull(addr);
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", service_type=").append(serviceType)
          .append(", message_id=").append(messageId)
          .append(", source=").append(sourceAddrTon).append('/').append(sourceAddrNpi).append('/').append(sourceAddr)
          .append(", dest=").append(destAddrTon).append('/').append(destAddrNpi).append('/').append(destinationAddr);
    }
}
