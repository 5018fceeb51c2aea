package org.smppconnector.simulator.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How the octets of a short message map to text. */
public enum Alphabet {
    /** GSM 03.38 default alphabet, one septet per octet (unpacked), as SMPP carries it. */
    GSM7(null),
    /** IA5 / ASCII. */
    ASCII(StandardCharsets.US_ASCII),
    LATIN1(StandardCharsets.ISO_8859_1),
    /** ISO-8859-5 (SMPP data_coding 6). */
    CYRILLIC(Charset.forName("ISO-8859-5")),
    /** ISO-8859-8 (SMPP data_coding 7). */
    HEBREW(Charset.forName("ISO-8859-8")),
    /** UCS-2, big-endian; read as UTF-16 so that surrogate pairs survive. */
    UCS2(StandardCharsets.UTF_16BE),
    /** KS C 5601 (SMPP data_coding 14), carried as EUC-KR. */
    KSC5601(Charset.forName("EUC-KR")),
    /** Octets that are not text (8-bit data, compressed, unknown coding). */
    BINARY(null);

    private final Charset charset;

    Alphabet(Charset charset) {
        this.charset = charset;
    }

    /** The JDK charset for the alphabets that have one, else null. */
    public Charset charset() {
        return charset;
    }
}
