package org.smppconnector.smpp.text;

/**
 * The character sets a short message can be written in, independent of the data_coding value
 * that announces them (see {@link DataCoding}).
 *
 * <p>A <em>unit</em> is what per-part limits count: a septet for GSM-7 (an extension character
 * takes two), an octet for the 8-bit sets, a UTF-16 code unit for UCS-2 (an emoji takes two).
 */
public enum Alphabet {
    /** GSM 03.38 default alphabet with its extension table (or national language tables). */
    GSM7(7, 1),
    /** IA5 / US-ASCII. */
    IA5(8, 1),
    /** ISO-8859-1. */
    LATIN1(8, 1),
    /** ISO-8859-5. */
    CYRILLIC(8, 1),
    /** ISO-8859-8. */
    HEBREW(8, 1),
    /** UCS-2, sent as UTF-16BE so that characters beyond the BMP travel as surrogate pairs. */
    UCS2(16, 2),
    /** KS C 5601 (Korean), one octet for ASCII, two for Hangul and Hanja. */
    KSC5601(8, 1),
    /** 8-bit data: octets with no text meaning. */
    BINARY(8, 1);

    private final int bitsPerUnit;
    private final int octetsPerUnit;

    Alphabet(int bitsPerUnit, int octetsPerUnit) {
        this.bitsPerUnit = bitsPerUnit;
        this.octetsPerUnit = octetsPerUnit;
    }

    /** Bits one unit takes on the air interface: 7 for GSM-7, 16 for UCS-2, else 8. */
    public int bitsPerUnit() {
        return bitsPerUnit;
    }

    /** Octets one unit takes in an SMPP short_message (GSM-7 unpacked: one septet per octet). */
    public int octetsPerUnit() {
        return octetsPerUnit;
    }

    /** Whether the alphabet carries text (everything but {@link #BINARY}). */
    public boolean isText() {
        return this != BINARY;
    }
}
