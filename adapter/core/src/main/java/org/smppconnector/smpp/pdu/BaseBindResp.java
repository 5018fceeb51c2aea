package org.smppconnector.smpp.pdu;

/** The bind responses: the SMSC's system_id and, from SMPP 3.4 SMSCs, the sc_interface_version TLV. */
public abstract class BaseBindResp extends PduResponse {

    String systemId = "";

    protected BaseBindResp(int commandId) {
        super(commandId);
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = text(systemId, "system_id");
    }

    /**
     * The SMPP version the SMSC supports, from the sc_interface_version TLV; -1 when absent, which
     * per the spec means the SMSC does not support TLVs (SMPP 3.3).
     */
    public int getScInterfaceVersion() {
        Tlvs t = tlvsOrNull();
        return t == null ? -1 : t.getInt(Tag.SC_INTERFACE_VERSION, -1);
    }

    public void setScInterfaceVersion(int version) {
        getTlvs().putInt(Tag.SC_INTERFACE_VERSION, version);
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", system_id=").append(systemId);
    }
}
