package org.smppconnector.smpp.text;

import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The codec for each alphabet; all are immutable and shared. */
public final class TextCodecs {

    private static final Map<Alphabet, TextCodec> BY_ALPHABET = new EnumMap<>(Alphabet.class);
    private static final Map<NationalLanguage, Map<NationalLanguage, Gsm7Codec>> GSM7 = new EnumMap<>(NationalLanguage.class);

    static {
        for (NationalLanguage locking : NationalLanguage.values()) {
            if (!locking.hasLockingShiftTable()) {
                continue;
            }
            Map<NationalLanguage, Gsm7Codec> bySingle = new EnumMap<>(NationalLanguage.class);
            for (NationalLanguage single : NationalLanguage.values()) {
                if (single.hasSingleShiftTable()) {
                    bySingle.put(single, new Gsm7Codec(ShiftTables.of(locking, single)));
                }
            }
            GSM7.put(locking, bySingle);
        }
        BY_ALPHABET.put(Alphabet.GSM7, gsm7(ShiftTables.DEFAULT));
        BY_ALPHABET.put(Alphabet.IA5, new RangeCodec(Alphabet.IA5, 0x7F));
        BY_ALPHABET.put(Alphabet.LATIN1, new RangeCodec(Alphabet.LATIN1, 0xFF));
        Charset cyrillic = Charset.forName("ISO-8859-5");
        BY_ALPHABET.put(Alphabet.CYRILLIC, new CharsetCodec(Alphabet.CYRILLIC, cyrillic, List.of(cyrillic), false));
        Charset hebrew = Charset.forName("ISO-8859-8");
        BY_ALPHABET.put(Alphabet.HEBREW, new CharsetCodec(Alphabet.HEBREW, hebrew, List.of(hebrew), false));
        // Written as strict KS C 5601 (EUC-KR, in java.base) so every receiver can read it. Read as
        // windows-949 (UHC, in jdk.charsets) where present, since phones send its extra syllables,
        // and else as EUC-KR (which has a few symbols, like U+327E, that the JDK's UHC lacks).
        Charset ksc5601 = Charset.forName("EUC-KR");
        BY_ALPHABET.put(Alphabet.KSC5601, new CharsetCodec(Alphabet.KSC5601, ksc5601, koreanDecodings(ksc5601), true));
        BY_ALPHABET.put(Alphabet.UCS2, new Ucs2Codec());
        BY_ALPHABET.put(Alphabet.BINARY, new BinaryCodec());
    }

    private TextCodecs() {
    }

    private static List<Charset> koreanDecodings(Charset ksc5601) {
        try {
            return List.of(Charset.forName("x-windows-949"), ksc5601);
        } catch (UnsupportedCharsetException e) {
            return List.of(ksc5601);
        }
    }

    /** The codec for an alphabet; GSM-7 with the default tables. */
    public static TextCodec forAlphabet(Alphabet alphabet) {
        return BY_ALPHABET.get(alphabet);
    }

    /** GSM-7 with the given national language tables. */
    public static TextCodec gsm7(ShiftTables tables) {
        return GSM7.get(tables.lockingShift()).get(tables.singleShift());
    }

    /** The codec for an alphabet, using {@code tables} when it is GSM-7. */
    public static TextCodec forAlphabet(Alphabet alphabet, ShiftTables tables) {
        return alphabet == Alphabet.GSM7 ? gsm7(tables) : forAlphabet(alphabet);
    }

    /**
     * The codec a data_coding announces, reading 0x00 as {@code smscDefault}.
     *
     * @throws UnsupportedDataCodingException for values with no alphabet implemented
     */
    public static TextCodec forDataCoding(DataCoding dataCoding, Alphabet smscDefault) {
        return forAlphabet(dataCoding.alphabet(smscDefault));
    }
}
