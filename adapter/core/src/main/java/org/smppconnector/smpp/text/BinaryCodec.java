package org.smppconnector.smpp.text;

/** 8-bit data: any octet anywhere, and no text meaning, so it neither encodes nor decodes text. */
final class BinaryCodec implements TextCodec {

    @Override
    public Alphabet alphabet() {
        return Alphabet.BINARY;
    }

    @Override
    public int firstUnencodable(CharSequence text) {
        return text.length() == 0 ? -1 : 0;
    }

    @Override
    public byte[] encode(CharSequence text) {
        throw new UnsupportedOperationException("BINARY carries octets, not text: build the payload with EncodedText.binary");
    }

    @Override
    public String decode(byte[] octets, int offset, int length) {
        throw new UnsupportedOperationException("BINARY carries octets, not text: read the payload octets instead");
    }

    @Override
    public int characterBoundary(byte[] encoded, int start, int limit) {
        return limit;
    }
}
