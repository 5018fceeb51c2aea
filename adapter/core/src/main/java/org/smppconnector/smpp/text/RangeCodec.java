package org.smppconnector.smpp.text;

/**
 * An alphabet whose characters are exactly U+0000..U+{max}, one octet each: IA5 (max 0x7F) and
 * Latin-1 (max 0xFF). Faster than a {@link java.nio.charset.CharsetEncoder} and with exact errors.
 */
final class RangeCodec implements TextCodec {

    private final Alphabet alphabet;
    private final int max;

    RangeCodec(Alphabet alphabet, int max) {
        this.alphabet = alphabet;
        this.max = max;
    }

    @Override
    public Alphabet alphabet() {
        return alphabet;
    }

    @Override
    public int firstUnencodable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > max) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public byte[] encode(CharSequence text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c > max) {
                throw new UnencodableTextException(alphabet, Character.codePointAt(text, i), i);
            }
            out[i] = (byte) c;
        }
        return out;
    }

    @Override
    public String decode(byte[] octets, int offset, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int octet = octets[offset + i] & 0xFF;
            if (octet > max) {
                throw new MalformedTextException(alphabet, i, String.format("0x%02X is outside %s", octet, alphabet));
            }
            chars[i] = (char) octet;
        }
        return new String(chars);
    }

    @Override
    public int characterBoundary(byte[] encoded, int start, int limit) {
        return limit;
    }
}
