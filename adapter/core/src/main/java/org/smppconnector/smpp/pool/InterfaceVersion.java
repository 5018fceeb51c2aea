package org.smppconnector.smpp.pool;

/** The SMPP version a bind asks for, as the interface_version octet. */
public enum InterfaceVersion {
    V3_4(0x34, "3.4"),
    V5_0(0x50, "5.0");

    private final int code;
    private final String label;

    InterfaceVersion(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The interface_version octet: 0x34 or 0x50. */
    public int code() {
        return code;
    }

    /** "3.4" or "5.0". */
    public String label() {
        return label;
    }
}
