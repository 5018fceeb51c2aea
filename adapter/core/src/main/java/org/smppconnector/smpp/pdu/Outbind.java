package org.smppconnector.smpp.pdu;

/** outbind: the SMSC asks the ESME to bind_receiver; it has no response. */
public final class Outbind extends Pdu {

    String systemId = "";
    String password = "";

    public Outbind() {
        super(CommandId.OUTBIND);
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = text(systemId, "system_id");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = text(password, "password");
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", system_id=").append(systemId).append(", password=").append(password.isEmpty() ? "" : "***");
    }
}
