package org.smppconnector.smpp.text;

/**
 * UCS-2 as providers actually use it: UTF-16BE, so that characters beyond the BMP (emoji) travel
 * as surrogate pairs. Decoding keeps every code unit, paired or not, so nothing is lost.
 */
final class Ucs2Codec implements TextCodec {

    @Override
    public Alphabet alphabet() {
        return Alphabet.UCS2;
    }

    @Override
    public int firstUnencodable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public byte[] encode(CharSequence text) {
        int bad = firstUnencodable(text);
        if (bad >= 0) {
            throw new UnencodableTextException(Alphabet.UCS2, text.charAt(bad), bad);
        }
        byte[] out = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[2 * i] = (byte) (c >> 8);
            out[2 * i + 1] = (byte) c;
        }
        return out;
    }

    @Override
    public String decode(byte[] octets, int offset, int length) {
        if (length % 2 != 0) {
            throw new MalformedTextException(Alphabet.UCS2, length - 1, "odd number of octets (" + length + ")");
        }
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((octets[offset + 2 * i] & 0xFF) << 8) | (octets[offset + 2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }

    @Override
    public int characterBoundary(byte[] encoded, int start, int limit) {
        int end = start + ((limit - start) & ~1);
        if (end > start && end + 1 < encoded.length
                && Character.isHighSurrogate(unit(encoded, end - 2)) && Character.isLowSurrogate(unit(encoded, end))) {
            end -= 2;
        }
        return end;
    }

    private static char unit(byte[] encoded, int at) {
        return (char) (((encoded[at] & 0xFF) << 8) | (encoded[at + 1] & 0xFF));
    }
}
