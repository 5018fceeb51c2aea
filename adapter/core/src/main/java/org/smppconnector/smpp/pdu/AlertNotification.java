package org.smppconnector.smpp.pdu;

/** alert_notification: the SMSC tells the ESME that a mobile became available; it has no response. */
public final class AlertNotification extends Pdu {

    private int sourceAddrTon;
    private int sourceAddrNpi;
    private String sourceAddr = "";
    private int esmeAddrTon;
    private int esmeAddrNpi;
    private String esmeAddr = "";

    public AlertNotification() {
        super(CommandId.ALERT_NOTIFICATION);
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

    public int getEsmeAddrTon() {
        return esmeAddrTon;
    }

    public void setEsmeAddrTon(int esmeAddrTon) {
        this.esmeAddrTon = esmeAddrTon;
    }

    public int getEsmeAddrNpi() {
        return esmeAddrNpi;
    }

    public void setEsmeAddrNpi(int esmeAddrNpi) {
        this.esmeAddrNpi = esmeAddrNpi;
    }

    public String getEsmeAddr() {
        return esmeAddr;
    }

    public void setEsmeAddr(String esmeAddr) {
        this.esmeAddr = nonNull(esmeAddr);
    }

    public void setEsme(int ton, int npi, String addr) {
        this.esmeAddrTon = ton;
        this.esmeAddrNpi = npi;
        this.esmeAddr = nonNull(addr);
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", source=").append(sourceAddrTon).append('/').append(sourceAddrNpi).append('/').append(sourceAddr)
          .append(", esme=").append(esmeAddrTon).append('/').append(esmeAddrNpi).append('/').append(esmeAddr);
    }
}
