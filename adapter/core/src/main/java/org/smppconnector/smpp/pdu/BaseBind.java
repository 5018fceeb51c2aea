package org.smppconnector.smpp.pdu;

/** The fields the three bind requests share (SMPP 3.4 section 4.1). */
public abstract class BaseBind<R extends BaseBindResp> extends PduRequest<R> {

    /** interface_version for SMPP 3.3, 3.4 and 5.0 (also the sc_interface_version TLV values). */
    public static final int VERSION_3_3 = 0x33;
    public static final int VERSION_3_4 = 0x34;
    public static final int VERSION_5_0 = 0x50;

    String systemId = "";
    String password = "";
    String systemType = "";
    byte interfaceVersion = VERSION_3_4;
    byte addrTon;
    byte addrNpi;
    String addressRange = "";

    protected BaseBind(int commandId) {
        super(commandId);
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

    public String getSystemType() {
        return systemType;
    }

    public void setSystemType(String systemType) {
        this.systemType = text(systemType, "system_type");
    }

    public int getInterfaceVersion() {
        return interfaceVersion & 0xFF;
    }

    public void setInterfaceVersion(int interfaceVersion) {
        this.interfaceVersion = octet(interfaceVersion, "interface_version");
    }

    public int getAddrTon() {
        return addrTon & 0xFF;
    }

    public void setAddrTon(int addrTon) {
        this.addrTon = octet(addrTon, "addr_ton");
    }

    public int getAddrNpi() {
        return addrNpi & 0xFF;
    }

    public void setAddrNpi(int addrNpi) {
        this.addrNpi = octet(addrNpi, "addr_npi");
    }

    public String getAddressRange() {
        return addressRange;
    }

    public void setAddressRange(String addressRange) {
        this.addressRange = text(addressRange, "address_range");
    }

    @Override
    protected void appendFields(StringBuilder sb) {
        sb.append(", system_id=").append(systemId)
          .append(", password=").append(password.isEmpty() ? "" : "***")
          .append(", system_type=").append(systemType)
          .append(", interface_version=0x").append(Integer.toHexString(interfaceVersion & 0xFF))
          .append(", addr_ton=").append(addrTon & 0xFF)
          .append(", addr_npi=").append(addrNpi & 0xFF)
          .append(", address_range=").append(addressRange);
    }
}
