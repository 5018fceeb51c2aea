package org.smppconnector.benchmark.session.driver;

import java.nio.charset.StandardCharsets;

/**
 * The submit_sm every driver sends: the same 160-character text in the GSM 7-bit default
 * alphabet, unpacked (data_coding 0, 160 octets), from the same alphanumeric sender to the same
 * international number, no delivery receipt asked. The text uses only letters, digits, space,
 * full stop and comma, whose GSM default alphabet codes are their ASCII codes, so its octets are
 * its ASCII bytes and no library's text encoder is on the measured path.
 */
public final class Workload {

    public static final String SYSTEM_ID = "bench";
    public static final String PASSWORD = "secret";

    public static final String SERVICE_TYPE = "";
    public static final int SOURCE_TON = 5; // alphanumeric
    public static final int SOURCE_NPI = 0;
    public static final String SOURCE = "SmppBench";
    public static final int DEST_TON = 1; // international
    public static final int DEST_NPI = 1; // E.164
    public static final String DESTINATION = "447700900123";
    public static final int DATA_CODING = 0;

    public static final String TEXT;
    private static final byte[] SHORT_MESSAGE;

    static {
        String sentence = "The quick brown fox jumps over the lazy dog, 0123456789. ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 160) {
            sb.append(sentence);
        }
        TEXT = sb.substring(0, 160);
        if (!TEXT.matches("[A-Za-z0-9 .,]{160}")) {
            throw new IllegalStateException("benchmark text must map 1:1 to the GSM default alphabet: " + TEXT);
        }
        SHORT_MESSAGE = TEXT.getBytes(StandardCharsets.US_ASCII);
    }

    private Workload() {
    }

    /** The 160 short_message octets; a fresh copy, so that no driver can change another's. */
    public static byte[] shortMessage() {
        return SHORT_MESSAGE.clone();
    }
}
