package org.smppconnector.api;

import java.util.Optional;

/** The numbering plan of an address: the {@code *_addr_npi} field (SMPP 3.4, 5.2.6). */
public enum Npi {
    UNKNOWN(0),
    /** E.163 / E.164: telephone numbers. */
    ISDN(1),
    /** X.121. */
    DATA(3),
    /** F.69. */
    TELEX(4),
    /** E.212. */
    LAND_MOBILE(6),
    NATIONAL(8),
    PRIVATE(9),
    ERMES(10),
    INTERNET(14),
    WAP_CLIENT_ID(18);

    private final int code;

    Npi(int code) {
        this.code = code;
    }

    /** The value of the field in a PDU. */
    public int code() {
        return code;
    }

    /** The plan for a PDU's field value; empty for the values SMPP 3.4 reserves. */
    public static Optional<Npi> fromCode(int code) {
        for (Npi npi : values()) {
            if (npi.code == code) {
                return Optional.of(npi);
            }
        }
        return Optional.empty();
    }
}
