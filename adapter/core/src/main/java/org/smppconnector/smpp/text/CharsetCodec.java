package org.smppconnector.smpp.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;

/**
 * An alphabet the JDK has a charset for (ISO-8859-5, ISO-8859-8, KS C 5601), with errors reported
 * rather than replaced. Coders are made per call, since JDK coders are not thread-safe.
 */
final class CharsetCodec implements TextCodec {

    private final Alphabet alphabet;
    private final Charset encoding;
    private final List<Charset> decodings;
    private final float maxBytesPerChar;
    private final boolean doubleByte;

    /**
     * @param encoding the charset text is written in
     * @param decodings the charsets octets are read in, tried in order until one reads them all
     *     (a superset of {@code encoding} first accepts more of what other senders write)
     * @param doubleByte whether an octet of 0x80 or more starts a two-octet character
     */
    CharsetCodec(Alphabet alphabet, Charset encoding, List<Charset> decodings, boolean doubleByte) {
        this.alphabet = alphabet;
        this.encoding = encoding;
        this.decodings = List.copyOf(decodings);
        this.maxBytesPerChar = encoding.newEncoder().maxBytesPerChar();
        this.doubleByte = doubleByte;
    }

    @Override
    public Alphabet alphabet() {
        return alphabet;
    }

    @Override
    public int firstUnencodable(CharSequence text) {
        CharBuffer in = CharBuffer.wrap(text);
        CoderResult result = newEncoder().encode(in, ByteBuffer.allocate(maxBytes(text)), true);
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
        return (int) Math.ceil(text.length() * (double) maxBytesPerChar) + 4;
    }

    private CharsetEncoder newEncoder() {
        return encoding.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public String decode(byte[] octets, int offset, int length) {
        MalformedTextException first = null;
        for (Charset decoding : decodings) {
            ByteBuffer in = ByteBuffer.wrap(octets, offset, length);
            try {
                return decoding.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(in).toString();
            } catch (CharacterCodingException e) {
                if (first == null) {
                    int bad = Math.min(in.position(), offset + length - 1);
                    first = new MalformedTextException(alphabet, bad - offset,
                            String.format("0x%02X does not start a valid %s character", octets[bad] & 0xFF, decoding.name()));
                }
            }
        }
        throw first;
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
