package org.smppconnector.smpp.pdu;

/** alert_notification: the SMSC tells the ESME that a mobile became available; it has no response. */
public final class AlertNotification extends Pdu {

    byte sourceAddrTon;
    byte sourceAddrNpi;
    String sourceAddr = "";
    byte esmeAddrTon;
    byte esmeAddrNpi;
    String esmeAddr = "";

    public AlertNotification() {
        super(CommandId.ALERT_NOTIFICATION);
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

    public int getEsmeAddrTon() {
        return esmeAddrTon & 0xFF;
    }

    public void setEsmeAddrTon(int esmeAddrTon) {
        this.esmeAddrTon = octet(esmeAddrTon, "esme_addr_ton");
    }

    public int getEsmeAddrNpi() {
        return esmeAddrNpi & 0xFF;
    }

    public void setEsmeAddrNpi(int esmeAddrNpi) {
        this.esmeAddrNpi = octet(esmeAddrNpi, "esme_addr_npi");
    }

    public String getEsmeAddr() {
        return esmeAddr;
    }

    public void setEsmeAddr(String esmeAddr) {
        this.esmeAddr = text(esmeAddr, "esme_addr");
    }

    public void setEsme(int ton, int npi, String addr) {
        this.esmeAddrTon = octet(ton, "esme_addr_ton");
        this.esmeAddrNpi = octet(npi, "esme_addr_npi");
        this.esmeAddr = text(addr, "esme_addr");
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", source=").append(sourceAddrTon & 0xFF).append('/').append(sourceAddrNpi & 0xFF).append('/').append(sourceAddr)
          .append(", esme=").append(esmeAddrTon & 0xFF).append('/').append(esmeAddrNpi & 0xFF).append('/').append(esmeAddr);
    }
}
