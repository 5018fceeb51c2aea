package org.smppconnector.smpp.pdu;

/** query_sm: asks the SMSC for the state of a message it accepted. */
public final class QuerySm extends PduRequest<QuerySmResp> {

    String messageId = "";
    byte sourceAddrTon;
    byte sourceAddrNpi;
    String sourceAddr = "";

    public QuerySm() {
        super(CommandId.QUERY_SM);
    }

    @Override
    protected QuerySmResp newResponse() {
        return new QuerySmResp();
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

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", message_id=").append(messageId)
          .append(", source=").append(sourceAddrTon & 0xFF).append('/').append(sourceAddrNpi & 0xFF).append('/').append(sourceAddr);
    }
}
