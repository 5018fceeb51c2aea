package org.smppconnector.simulator.text;

/** Reads an SMPP data_coding octet (SMPP 3.4 section 5.2.19 and GSM 03.38 section 4). */
public final class DataCodingScheme {
    private DataCodingScheme() {
    }

    /**
     * The alphabet a data_coding selects.
     *
     * @param zero what data_coding 0 ("SMSC default alphabet") means on this SMSC
     */
    public static Alphabet alphabetOf(int dataCoding, Alphabet zero) {
        int dcs = dataCoding & 0xFF;
        if (dcs < 0x10) {
            switch (dcs) {
                case 0x00: return zero;
                case 0x01: return Alphabet.ASCII;
                case 0x03: return Alphabet.LATIN1;
                case 0x06: return Alphabet.CYRILLIC;
                case 0x07: return Alphabet.HEBREW;
                case 0x08: return Alphabet.UCS2;
                case 0x0E: return Alphabet.KSC5601;
                default: return Alphabet.BINARY; // 2, 4 octets; 5, 9, 10, 13 Japanese sets we do not decode
            }
        }
        if (dcs < 0x80) { // general data coding groups, with or without automatic deletion
            if ((dcs & 0x20) != 0) {
                return Alphabet.BINARY; // compressed
            }
            return generalAlphabet(dcs);
        }
        if (dcs < 0xC0) {
            return Alphabet.BINARY; // reserved groups
        }
        if (dcs < 0xE0) {
            return Alphabet.GSM7; // message waiting indication, default alphabet
        }
        if (dcs < 0xF0) {
            return Alphabet.UCS2; // message waiting indication, UCS-2
        }
        return (dcs & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY; // data coding / message class
    }

    /** True when the data_coding asks for a class 0 ("flash") message. */
    public static boolean isFlash(int dataCoding) {
        int dcs = dataCoding & 0xFF;
        if (dcs >= 0x10 && dcs < 0x80) {
            return (dcs & 0x10) != 0 && (dcs & 0x03) == 0;
        }
        return dcs >= 0xF0 && (dcs & 0x03) == 0;
    }

    private static Alphabet generalAlphabet(int dcs) {
        switch ((dcs >> 2) & 0x03) {
            case 0: return Alphabet.GSM7;
            case 2: return Alphabet.UCS2;
            default: return Alphabet.BINARY;
        }
    }
}
