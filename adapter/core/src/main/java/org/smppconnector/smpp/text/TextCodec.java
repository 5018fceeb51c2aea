package org.smppconnector.smpp.text;

/**
 * Encodes text into the octets of one alphabet and back, and knows where those octets may be cut
 * without splitting a character. Implementations are immutable and thread-safe; get them from
 * {@link TextCodecs}.
 */
public interface TextCodec {

    Alphabet alphabet();

    /**
     * The index (in UTF-16 chars) of the first character this codec cannot carry, or -1 when it
     * carries the whole text. An unpaired surrogate is never carried.
     */
    int firstUnencodable(CharSequence text);

    /**
     * The text's octets: for GSM-7 one septet per octet (unpacked, with 0x1B before each
     * extension character), for UCS-2 UTF-16BE.
     *
     * @throws UnencodableTextException naming the first character the alphabet cannot carry
     */
    byte[] encode(CharSequence text);

    /**
     * The text in {@code length} octets from {@code offset}.
     *
     * @throws MalformedTextException naming the first octet that is not valid in this alphabet
     */
    String decode(byte[] octets, int offset, int length);

    default String decode(byte[] octets) {
        return decode(octets, 0, octets.length);
    }

    /**
     * The largest end in {@code (start, limit]} such that {@code encoded[start, end)} holds whole
     * characters (never half of a GSM-7 escape sequence, of a surrogate pair or of a double-byte
     * character), or {@code start} when not even one character fits. {@code start} must itself be
     * a character boundary.
     */
    int characterBoundary(byte[] encoded, int start, int limit);

    /** How many units (septets, octets or UTF-16 code units) the encoded octets make. */
    default int units(byte[] encoded) {
        return encoded.length / alphabet().octetsPerUnit();
    }
}
