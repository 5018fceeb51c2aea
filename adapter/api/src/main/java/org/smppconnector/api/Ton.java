package org.smppconnector.api;

import java.util.Optional;

/** The type of number of an address: the {@code *_addr_ton} field (SMPP 3.4, 5.2.5). */
public enum Ton {
    UNKNOWN(0),
    /** A number with its country code, as in E.164 (written without the "+"). */
    INTERNATIONAL(1),
    /** A number as dialled within its country. */
    NATIONAL(2),
    /** A number the network defines, such as a short code. */
    NETWORK_SPECIFIC(3),
    SUBSCRIBER_NUMBER(4),
    /** A name, such as an alphanumeric sender "MyShop". */
    ALPHANUMERIC(5),
    /** A short number; some networks want short codes with this type instead of 3. */
    ABBREVIATED(6);

    private final int code;

    Ton(int code) {
        this.code = code;
    }

    /** The value of the field in a PDU. */
    public int code() {
        return code;
    }

    /** The type for a PDU's field value; empty for the values SMPP 3.4 reserves. */
    public static Optional<Ton> fromCode(int code) {
        for (Ton ton : values()) {
            if (ton.code == code) {
                return Optional.of(ton);
            }
        }
        return Optional.empty();
    }
}
