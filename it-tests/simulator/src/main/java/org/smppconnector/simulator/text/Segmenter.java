package org.smppconnector.simulator.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes text and cuts it into the user data of SMS parts (without headers), never
 * splitting a GSM escape sequence or a UTF-16 surrogate pair.
 */
public final class Segmenter {
    private static final int SMS_OCTETS = 140;

    private Segmenter() {
    }

    /** The most text units (septets for GSM-7, octets otherwise) one part can carry. */
    public static int capacity(Alphabet alphabet, MultipartMethod method, boolean segmented) {
        int header = !segmented || !method.usesUdh() ? 0 : method == MultipartMethod.UDH_8BIT ? 6 : 7;
        int octets = SMS_OCTETS - header;
        return alphabet == Alphabet.GSM7 ? octets * 8 / 7 : octets;
    }

    /**
     * The encoded parts of the text: one part when it fits a single SMS (or the method is
     * NONE / MESSAGE_PAYLOAD), else as many as the method's per-part capacity needs.
     */
    public static List<byte[]> split(Alphabet alphabet, String text, MultipartMethod method) {
        byte[] whole = TextCodec.encode(alphabet, text);
        if (!method.isSegmented() || whole.length <= capacity(alphabet, method, false)) {
            return List.of(whole);
        }
        int capacity = capacity(alphabet, method, true);
        if (alphabet == Alphabet.UCS2) {
            capacity -= capacity % 2;
        }
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        while (start < whole.length) {
            int end = Math.min(whole.length, start + capacity);
            if (end < whole.length) {
                end = safeCut(alphabet, whole, start, end);
            }
            byte[] part = new byte[end - start];
            System.arraycopy(whole, start, part, 0, part.length);
            parts.add(part);
            start = end;
        }
        return parts;
    }

    private static int safeCut(Alphabet alphabet, byte[] data, int start, int end) {
        if (alphabet == Alphabet.GSM7) {
            // an odd run of escapes before the cut means the last one starts a sequence
            int escapes = 0;
            for (int i = end - 1; i >= start && (data[i] & 0xFF) == Gsm7.ESCAPE; i--) {
                escapes++;
            }
            return escapes % 2 == 1 ? end - 1 : end;
        }
        if (alphabet == Alphabet.UCS2) {
            char last = (char) (((data[end - 2] & 0xFF) << 8) | (data[end - 1] & 0xFF));
            return Character.isHighSurrogate(last) ? end - 2 : end;
        }
        if (alphabet == Alphabet.KSC5601) {
            // EUC-KR: octets of 0x80 and above come in pairs
            int at = start;
            while (at < end) {
                int width = (data[at] & 0xFF) >= 0x80 ? 2 : 1;
                if (at + width > end) {
                    break;
                }
                at += width;
            }
            return at;
        }
        return end;
    }
}
