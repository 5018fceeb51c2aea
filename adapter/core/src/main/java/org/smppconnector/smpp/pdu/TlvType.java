package org.smppconnector.smpp.pdu;

/** The kind of value a TLV tag carries, which decides how the typed helpers of {@link Tlvs} read and write it. */
public enum TlvType {
    /** Unsigned integer in 1 octet. */
    INT1,
    /** Unsigned integer in 2 octets, big-endian. */
    INT2,
    /** Unsigned integer in 4 octets, big-endian. */
    INT4,
    /** ASCII text terminated by a NUL octet, which counts in the length. */
    C_STRING,
    /** Raw octets. */
    OCTETS;

    /** Octets an integer kind takes; 0 for the variable kinds. */
    public int width() {
        switch (this) {
            case INT1:
                return 1;
            case INT2:
                return 2;
            case INT4:
                return 4;
            default:
                return 0;
        }
    }
}
