package org.smppconnector.smpp.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * An alphabet the JDK has a charset for (ISO-8859-5, ISO-8859-8, KS C 5601), with errors reported
 * rather than replaced. A coder is made per call, since JDK coders are not thread-safe.
 */
final class CharsetCodec implements TextCodec {

    private final Alphabet alphabet;
    private final Charset encoding;
    private final Charset decoding;
    private final boolean doubleByte;

    /**
     * @param encoding the charset text is written in
     * @param decoding the charset octets are read in (a superset of {@code encoding} may accept
     *     more of what other senders write)
     * @param doubleByte whether an octet of 0x80 or more starts a two-octet character
     */
    CharsetCodec(Alphabet alphabet, Charset encoding, Charset decoding, boolean doubleByte) {
        this.alphabet = alphabet;
        this.encoding = encoding;
        this.decoding = decoding;
        this.doubleByte = doubleByte;
    }

    @Override
    public Alphabet alphabet() {
        return alphabet;
    }

    @Override
    public int firstUnencodable(CharSequence text) {
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(maxBytes(text));
        CoderResult result = newEncoder().encode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    @Override
    public byte[] encode(CharSequence text) {
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(maxBytes(text));
        CharsetEncoder encoder = newEncoder();
        CoderResult result = encoder.encode(in, out, true);
        if (!result.isError()) {
            result = encoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            throw new UnencodableTextException(alphabet, Character.codePointAt(text, bad), bad);
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    private int maxBytes(CharSequence text) {
        return (int) Math.ceil(text.length() * (double) newEncoder().maxBytesPerChar()) + 4;
    }

    private CharsetEncoder newEncoder() {
        return encoding.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public String decode(byte[] octets, int offset, int length) {
        CharsetDecoder decoder = decoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(octets, offset, length);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = Math.min(in.position(), offset + length - 1);
            throw new MalformedTextException(alphabet, bad - offset,
                    String.format("0x%02X does not start a valid %s character", octets[bad] & 0xFF, decoding.name()));
        }
    }

    @Override
    public int characterBoundary(byte[] encoded, int start, int limit) {
        if (!doubleByte) {
            return limit;
        }
        int at = start;
        while (at < limit) {
            int width = (encoded[at] & 0x80) != 0 ? 2 : 1;
            if (at + width > limit) {
                break;
            }
            at += width;
        }
        return at;
    }
}
