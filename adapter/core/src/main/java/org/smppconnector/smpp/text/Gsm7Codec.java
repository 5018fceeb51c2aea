package org.smppconnector.smpp.text;

import java.util.Arrays;

/**
 * GSM-7 with a given pair of tables, unpacked (one septet per octet, as SMPP's short_message
 * usually carries it). Packing is {@link Gsm7Packing}'s job.
 */
final class Gsm7Codec implements TextCodec {

    /** Marks "no septet" in the reverse lookups. */
    private static final int ABSENT = -1;
    /** Added to a septet in the reverse lookups when it comes from the single shift table. */
    private static final int SHIFTED = 0x100;

    private final ShiftTables tables;
    private final char[] locking;
    private final char[] single;
    /** Reverse lookup for U+0000..U+00FF, by index. */
    private final int[] latinRange = new int[0x100];
    /** Reverse lookup for the rest, sorted by char for binary search. */
    private final char[] otherChars;
    private final int[] otherCodes;

    Gsm7Codec(ShiftTables tables) {
        this.tables = tables;
        this.locking = Gsm7Tables.lockingShift(tables.lockingShift());
        this.single = Gsm7Tables.singleShift(tables.singleShift());
        Arrays.fill(latinRange, ABSENT);
        StringBuilder others = new StringBuilder();
        // Single shift first, so that the one-septet form from the locking table wins below.
        for (int septet = 0; septet < 128; septet++) {
            collect(single[septet], SHIFTED | septet, others);
        }
        for (int septet = 0; septet < 128; septet++) {
            collect(locking[septet], septet, others);
        }
        char[] chars = others.toString().toCharArray();
        Arrays.sort(chars);
        this.otherChars = dedupe(chars);
        this.otherCodes = new int[otherChars.length];
        Arrays.fill(otherCodes, ABSENT);
        for (int septet = 0; septet < 128; septet++) {
            putOther(single[septet], SHIFTED | septet);
        }
        for (int septet = 0; septet < 128; septet++) {
            putOther(locking[septet], septet);
        }
    }

    private void collect(char c, int code, StringBuilder others) {
        if (c == Gsm7Tables.NONE) {
            return;
        }
        if (c < 0x100) {
            latinRange[c] = code;
        } else {
            others.append(c);
        }
    }

    private void putOther(char c, int code) {
        if (c != Gsm7Tables.NONE && c >= 0x100) {
            otherCodes[Arrays.binarySearch(otherChars, c)] = code;
        }
    }

    private static char[] dedupe(char[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[n - 1] != sorted[i]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** The septet for c, SHIFTED|septet for an extension character, or ABSENT. */
    private int code(char c) {
        if (c < 0x100) {
            return latinRange[c];
        }
        int at = Arrays.binarySearch(otherChars, c);
        return at >= 0 ? otherCodes[at] : ABSENT;
    }

    ShiftTables tables() {
        return tables;
    }

    @Override
    public Alphabet alphabet() {
        return Alphabet.GSM7;
    }

    @Override
    public int firstUnencodable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (code(text.charAt(i)) == ABSENT) {
                return i;
            }
        }
        return -1;
    }

    /** Septets the text takes, or -1 if it cannot be encoded. */
    int septetCount(CharSequence text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            int code = code(text.charAt(i));
            if (code == ABSENT) {
                return -1;
            }
            septets += code >= SHIFTED ? 2 : 1;
        }
        return septets;
    }

    @Override
    public byte[] encode(CharSequence text) {
        int septets = septetCount(text);
        if (septets < 0) {
            int bad = firstUnencodable(text);
            throw new UnencodableTextException(Alphabet.GSM7, Character.codePointAt(text, bad), bad);
        }
        byte[] out = new byte[septets];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            int code = code(text.charAt(i));
            if (code >= SHIFTED) {
                out[at++] = Gsm7Tables.ESCAPE;
            }
            out[at++] = (byte) (code & 0x7F);
        }
        return out;
    }

    /**
     * Decodes unpacked septets. Following 23.038 6.2.1.1, an escape followed by a septet the single
     * shift table leaves empty shows the locking table's character, and two escapes show a space.
     */
    @Override
    public String decode(byte[] octets, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int septet = octets[i] & 0xFF;
            if (septet > 0x7F) {
                throw new MalformedTextException(Alphabet.GSM7, i - offset,
                        String.format("0x%02X is not a septet", septet));
            }
            if (septet != Gsm7Tables.ESCAPE) {
                text.append(locking[septet]);
                continue;
            }
            if (++i == end) {
                throw new MalformedTextException(Alphabet.GSM7, i - 1 - offset,
                        "escape 0x1B with no character after it");
            }
            int shifted = octets[i] & 0xFF;
            if (shifted > 0x7F) {
                throw new MalformedTextException(Alphabet.GSM7, i - offset,
                        String.format("0x%02X is not a septet", shifted));
            }
            if (shifted == Gsm7Tables.ESCAPE) {
                text.append(' ');
            } else if (single[shifted] != Gsm7Tables.NONE) {
                text.append(single[shifted]);
            } else {
                text.append(locking[shifted]);
            }
        }
        return text.toString();
    }

    @Override
    public int characterBoundary(byte[] encoded, int start, int limit) {
        int at = start;
        while (at < limit) {
            int width = encoded[at] == Gsm7Tables.ESCAPE ? 2 : 1;
            if (at + width > limit) {
                break;
            }
            at += width;
        }
        return at;
    }

    @Override
    public String toString() {
        return "Gsm7Codec[" + tables + "]";
    }
}
