package org.smppconnector.simulator.text;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The GSM 03.38 default alphabet and its extension table, one septet per octet as SMPP
 * carries it (unpacked).
 */
public final class Gsm7 {
    static final int ESCAPE = 0x1B;

    /** Septet value to character; the escape position holds a placeholder never emitted. */
    private static final String BASIC =
            "@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
            + "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u001B\u00C6\u00E6\u00DF\u00C9"
            + " !\"#\u00A4%&'()*+,-./"
            + "0123456789:;<=>?"
            + "\u00A1ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
            + "\u00BFabcdefghijklmno"
            + "pqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0";

    private static final Map<Integer, Character> EXTENSION = new HashMap<>();
    private static final Map<Character, Integer> BASIC_CODES = new HashMap<>();
    private static final Map<Character, Integer> EXTENSION_CODES = new HashMap<>();

    static {
        EXTENSION.put(0x0A, '\f');
        EXTENSION.put(0x14, '^');
        EXTENSION.put(0x28, '{');
        EXTENSION.put(0x29, '}');
        EXTENSION.put(0x2F, '\\');
        EXTENSION.put(0x3C, '[');
        EXTENSION.put(0x3D, '~');
        EXTENSION.put(0x3E, ']');
        EXTENSION.put(0x40, '|');
        EXTENSION.put(0x65, '\u20AC');
        for (int i = 0; i < BASIC.length(); i++) {
            if (i != ESCAPE) {
                BASIC_CODES.put(BASIC.charAt(i), i);
            }
        }
        EXTENSION.forEach((code, c) -> EXTENSION_CODES.put(c, code));
    }

    private Gsm7() {
    }

    /**
     * Decodes unpacked septets. An escape followed by a code the extension table lacks shows
     * the basic character, as GSM 03.38 asks; an escape at the very end (a part boundary)
     * is dropped.
     */
    public static String decode(byte[] data, int offset, int length) throws UndecodableTextException {
        StringBuilder text = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int septet = data[i] & 0xFF;
            if (septet > 0x7F) {
                throw new UndecodableTextException(Alphabet.GSM7, i - offset,
                        String.format("0x%02x is not a septet", septet));
            }
            if (septet != ESCAPE) {
                text.append(BASIC.charAt(septet));
                continue;
            }
            if (i + 1 == end) {
                break;
            }
            int next = data[++i] & 0xFF;
            if (next > 0x7F) {
                throw new UndecodableTextException(Alphabet.GSM7, i - offset,
                        String.format("0x%02x is not a septet", next));
            }
            Character extended = EXTENSION.get(next);
            if (extended != null) {
                text.append(extended.charValue());
            } else {
                text.append(next == ESCAPE ? ' ' : BASIC.charAt(next));
            }
        }
        return text.toString();
    }

    /** True when every character of the text exists in the default alphabet or its extension. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!BASIC_CODES.containsKey(c) && !EXTENSION_CODES.containsKey(c)) {
                return false;
            }
        }
        return true;
    }

    /** Encodes to unpacked septets, extension characters as escape + code. */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer code = BASIC_CODES.get(c);
            if (code != null) {
                out.write(code);
                continue;
            }
            Integer extended = EXTENSION_CODES.get(c);
            if (extended == null) {
                throw new IllegalArgumentException(String.format(
                        "character U+%04X at index %d has no GSM 03.38 septet", (int) c, i));
            }
            out.write(ESCAPE);
            out.write(extended);
        }
        return out.toByteArray();
    }

    /** How many septets the character takes (2 for the extension table). */
    static int septets(char c) {
        return BASIC_CODES.containsKey(c) ? 1 : 2;
    }
}
