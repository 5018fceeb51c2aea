package org.smppconnector.smpp.pool;

/**
 * How an SMSC wants an international number (TON 1) written in source_addr and destination_addr.
 * Most take the digits alone; some (Mobile Text Alerts) want E.164 with its '+'.
 */
public enum InternationalNumberFormat {

    /** 12125551234: the digits alone, as SMPP 3.4 writes an international number. */
    DIGITS,

    /** +12125551234: E.164 with its '+'. */
    PLUS_AND_DIGITS;

    /**
     * The number as the SMSC wants it. An empty number stays empty, and one already written with
     * its '+' keeps it: only the '+' is ever added, nothing is taken away.
     */
    public String write(String number) {
        if (this == PLUS_AND_DIGITS && !number.isEmpty() && !number.startsWith("+")) {
            return "+" + number;
        }
        return number;
    }
}
