package org.smppconnector.simulator.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.util.HexFormat;

/** Strict decoding of short message octets, and encoding for injected messages. */
public final class TextCodec {
    private TextCodec() {
    }

    /**
     * Decodes octets in the given alphabet, refusing what is not valid in it. Binary octets
     * come back as lower-case hex.
     *
     * @param fragment true for one part of a multipart message: a surrogate pair or escape
     *                 sequence cut at the part boundary is then accepted
     */
    public static String decode(Alphabet alphabet, byte[] data, boolean fragment) throws UndecodableTextException {
        switch (alphabet) {
            case GSM7:
                return Gsm7.decode(data, 0, data.length);
            case BINARY:
                return HexFormat.of().formatHex(data);
            case LATIN1:
                return new String(data, alphabet.charset());
            case UCS2:
                return decodeUcs2(data, fragment);
            default:
                return decodeStrict(alphabet, data);
        }
    }

    /** Encodes text in the alphabet; binary takes the text as hex. */
    public static byte[] encode(Alphabet alphabet, String text) {
        switch (alphabet) {
            case GSM7:
                return Gsm7.encode(text);
            case BINARY:
                return HexFormat.of().parseHex(text);
            default:
                CharsetEncoder encoder = alphabet.charset().newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
                    byte[] out = new byte[bytes.remaining()];
                    bytes.get(out);
                    return out;
                } catch (CharacterCodingException e) {
                    throw new IllegalArgumentException("text cannot be encoded in " + alphabet + ": " + e, e);
                }
        }
    }

    private static String decodeStrict(Alphabet alphabet, byte[] data) throws UndecodableTextException {
        CharsetDecoder decoder = alphabet.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException | UnmappableCharacterException e) {
            throw new UndecodableTextException(alphabet, in.position(), e.getMessage());
        } catch (CharacterCodingException e) {
            throw new UndecodableTextException(alphabet, in.position(), e.toString());
        }
    }

    private static String decodeUcs2(byte[] data, boolean fragment) throws UndecodableTextException {
        if (data.length % 2 != 0) {
            throw new UndecodableTextException(Alphabet.UCS2, data.length - 1, "odd number of octets");
        }
        char[] chars = new char[data.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((data[2 * i] & 0xFF) << 8) | (data[2 * i + 1] & 0xFF));
        }
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else if (!(fragment && i + 1 == chars.length)) {
                    throw new UndecodableTextException(Alphabet.UCS2, 2 * i, "unpaired high surrogate");
                }
            } else if (Character.isLowSurrogate(c) && !(fragment && i == 0)) {
                throw new UndecodableTextException(Alphabet.UCS2, 2 * i, "unpaired low surrogate");
            }
        }
        return new String(chars);
    }
}
