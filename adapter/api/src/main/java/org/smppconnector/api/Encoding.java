package org.smppconnector.api;

/**
 * The character encodings a text can be sent in. Leave it unset and the connector picks the
 * cheapest encoding that carries the text among those the account allows (by default GSM-7,
 * else UCS-2). Set it to force one; a text it cannot carry is then refused.
 */
public enum Encoding {
    /** GSM 03.38 default alphabet, 160 characters in one part (data_coding 0). */
    GSM7,
    /** IA5, i.e. US-ASCII (data_coding 1). */
    IA5,
    /** ISO-8859-1 (data_coding 3). */
    LATIN1,
    /** ISO-8859-5 (data_coding 6). */
    CYRILLIC,
    /** ISO-8859-8 (data_coding 7). */
    HEBREW,
    /** UCS-2: any text, 70 characters in one part (data_coding 8). */
    UCS2,
    /** KS C 5601, Korean (data_coding 14). */
    KSC5601
}
