package org.smppconnector.smpp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Each non-GSM alphabet both ways, with its refusals and its character boundaries. */
class CharsetCodecsTest {

    private static byte[] hex(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private static String everyChar(int from, int to) {
        StringBuilder all = new StringBuilder();
        for (int c = from; c <= to; c++) {
            all.append((char) c);
        }
        return all.toString();
    }

    @Test
    void ia5CarriesExactlySevenBitAscii() {
        TextCodec ia5 = TextCodecs.forAlphabet(Alphabet.IA5);
        String all = everyChar(0, 0x7F);
        byte[] octets = ia5.encode(all);
        for (int c = 0; c <= 0x7F; c++) {
            assertEquals(c, octets[c]);
        }
        assertEquals(all, ia5.decode(octets));
        UnencodableTextException e = assertThrows(UnencodableTextException.class, () -> ia5.encode("caf\u00e9"));
        assertEquals(0xE9, e.codePoint());
        assertEquals(3, e.index());
        MalformedTextException m = assertThrows(MalformedTextException.class, () -> ia5.decode(hex("41 42 C3")));
        assertEquals(2, m.offset());
    }

    @Test
    void latin1CarriesEveryOctet() {
        TextCodec latin1 = TextCodecs.forAlphabet(Alphabet.LATIN1);
        String all = everyChar(0, 0xFF);
        byte[] octets = latin1.encode(all);
        for (int c = 0; c <= 0xFF; c++) {
            assertEquals((byte) c, octets[c]);
        }
        assertEquals(all, latin1.decode(octets));
        assertEquals("Se\u00f1or \u00fc\u00df", latin1.decode(hex("53 65 F1 6F 72 20 FC DF")));
        UnencodableTextException e = assertThrows(UnencodableTextException.class, () -> latin1.encode("10 \u20ac"));
        assertEquals(0x20AC, e.codePoint());
        assertEquals(3, e.index());
        assertTrue(e.getMessage().contains("U+20AC"), e.getMessage());
    }

    @Test
    void cyrillicIsIso8859Dash5() {
        TextCodec cyrillic = TextCodecs.forAlphabet(Alphabet.CYRILLIC);
        assertArrayEquals(hex("BF E0 D8 D2 D5 E2"), cyrillic.encode("Привет"));
        assertArrayEquals(hex("A1 F1 F0"), cyrillic.encode("Ёё№"));
        String text = "Съешь же ещё этих мягких французских булок, да выпей чаю. ЁЖИК №5";
        assertEquals(text, cyrillic.decode(cyrillic.encode(text)));
        assertEquals(text.length(), cyrillic.encode(text).length);
        assertEquals(2, cyrillic.firstUnencodable("Да€"));
    }

    @Test
    void hebrewIsIso8859Dash8() {
        TextCodec hebrew = TextCodecs.forAlphabet(Alphabet.HEBREW);
        assertArrayEquals(hex("F9 EC E5 ED"), hebrew.encode("שלום"));
        assertEquals("שלום 123", hebrew.decode(hebrew.encode("שלום 123")));
        // 0xBF is not assigned in ISO-8859-8: reported, not replaced.
        MalformedTextException m = assertThrows(MalformedTextException.class, () -> hebrew.decode(hex("F9 BF")));
        assertEquals(1, m.offset());
    }

    @Test
    void ucs2IsUtf16BigEndianWithSurrogatePairs() {
        TextCodec ucs2 = TextCodecs.forAlphabet(Alphabet.UCS2);
        assertArrayEquals(hex("00 48 00 69 00 20 D8 3D DE 00"), ucs2.encode("Hi 😀"));
        assertEquals("Hi 😀", ucs2.decode(hex("00 48 00 69 00 20 D8 3D DE 00")));
        String mixed = "Ünïcødé Привет 你好 שלום 👍🏽👨‍👩‍👧 €";
        assertEquals(mixed, ucs2.decode(ucs2.encode(mixed)));
        assertEquals(mixed.length(), ucs2.units(ucs2.encode(mixed)));
        UnencodableTextException lone = assertThrows(UnencodableTextException.class, () -> ucs2.encode("ab\uD83D"));
        assertEquals(0xD83D, lone.codePoint());
        assertEquals(2, lone.index());
        MalformedTextException odd = assertThrows(MalformedTextException.class, () -> ucs2.decode(hex("00 41 00")));
        assertEquals(2, odd.offset());
    }

    @Test
    void ucs2NeverCutsASurrogatePair() {
        TextCodec ucs2 = TextCodecs.forAlphabet(Alphabet.UCS2);
        byte[] octets = ucs2.encode("ab😀c"); // units: a b D83D DE00 c
        assertEquals(4, ucs2.characterBoundary(octets, 0, 6)); // would end inside the pair
        assertEquals(8, ucs2.characterBoundary(octets, 0, 8));
        assertEquals(8, ucs2.characterBoundary(octets, 0, 9)); // odd limits round down
        assertEquals(4, ucs2.characterBoundary(octets, 4, 6)); // the pair alone does not fit in one unit
    }

    @Test
    void ksc5601IsEucKrAndReadsWindows949() {
        TextCodec ksc = TextCodecs.forAlphabet(Alphabet.KSC5601);
        assertArrayEquals(hex("BE C8 B3 E7 C7 CF BC BC BF E4"), ksc.encode("안녕하세요"));
        String text = "SureM 인증번호는 483920 입니다. 韓國";
        assertEquals(text, ksc.decode(ksc.encode(text)));
        // 똠 is outside the 2,350 syllables of KS C 5601: refused when writing ...
        UnencodableTextException e = assertThrows(UnencodableTextException.class, () -> ksc.encode("가똠"));
        assertEquals(0xB620, e.codePoint());
        assertEquals(1, e.index());
        // ... but read when a handset sends it in its windows-949 form.
        assertEquals("똠A", ksc.decode(hex("8C 63 41")));
        MalformedTextException m = assertThrows(MalformedTextException.class, () -> ksc.decode(hex("41 BE")));
        assertEquals(1, m.offset());
    }

    @Test
    void ksc5601NeverCutsADoubleByteCharacter() {
        TextCodec ksc = TextCodecs.forAlphabet(Alphabet.KSC5601);
        byte[] octets = ksc.encode("A안B녕"); // 41 | BE C8 | 42 | B3 E7
        assertEquals(1, ksc.characterBoundary(octets, 0, 2));
        assertEquals(3, ksc.characterBoundary(octets, 0, 3));
        assertEquals(4, ksc.characterBoundary(octets, 0, 5));
        assertEquals(6, ksc.characterBoundary(octets, 0, 6));
        assertEquals(1, ksc.characterBoundary(octets, 1, 2));
        // A windows-949 trail octet in the ASCII range is still part of its character.
        byte[] uhc = hex("8C 63 63");
        assertEquals(0, ksc.characterBoundary(uhc, 0, 1));
        assertEquals(2, ksc.characterBoundary(uhc, 0, 2));
    }

    @Test
    void gsm7NeverCutsAnEscapeSequence() {
        TextCodec gsm7 = TextCodecs.forAlphabet(Alphabet.GSM7);
        byte[] octets = gsm7.encode("a€b"); // 61 | 1B 65 | 62
        assertEquals(1, gsm7.characterBoundary(octets, 0, 2));
        assertEquals(3, gsm7.characterBoundary(octets, 0, 3));
        assertEquals(1, gsm7.characterBoundary(octets, 1, 2));
    }

    @Test
    void gsm7DecodingReportsWhatIsNotGsm7() {
        TextCodec gsm7 = TextCodecs.forAlphabet(Alphabet.GSM7);
        assertEquals(2, assertThrows(MalformedTextException.class, () -> gsm7.decode(hex("41 42 C3"))).offset());
        assertEquals(1, assertThrows(MalformedTextException.class, () -> gsm7.decode(hex("41 1B"))).offset());
        UnencodableTextException e = assertThrows(UnencodableTextException.class, () -> gsm7.encode("ok 😀"));
        assertEquals(0x1F600, e.codePoint());
        assertEquals(3, e.index());
    }

    @Test
    void everyCharacterACharsetAlphabetAcceptsReadsBackTheSame() {
        // Proves "carries it exactly": no one-way (best fit) mapping slips through.
        for (Alphabet alphabet : new Alphabet[] {Alphabet.CYRILLIC, Alphabet.HEBREW, Alphabet.KSC5601, Alphabet.LATIN1, Alphabet.IA5}) {
            TextCodec codec = TextCodecs.forAlphabet(alphabet);
            int carried = 0;
            for (int c = 0; c <= 0xFFFF; c++) {
                String one = String.valueOf((char) c);
                if (codec.firstUnencodable(one) < 0) {
                    assertEquals(one, codec.decode(codec.encode(one)), alphabet + " U+" + Integer.toHexString(c));
                    carried++;
                }
            }
            assertTrue(carried >= 128, alphabet + " carried " + carried);
        }
        // U+327E is in KS X 1001:2002 but not in the JDK's windows-949: read back as EUC-KR.
        TextCodec ksc = TextCodecs.forAlphabet(Alphabet.KSC5601);
        assertEquals("\u327E가", ksc.decode(ksc.encode("\u327E가")));
    }

    @Test
    void binaryIsNotText() {
        TextCodec binary = TextCodecs.forAlphabet(Alphabet.BINARY);
        assertThrows(UnsupportedOperationException.class, () -> binary.encode("x"));
        assertThrows(UnsupportedOperationException.class, () -> binary.decode(new byte[] {1}));
        EncodedText data = EncodedText.binary(hex("00 FF 1B 80"));
        assertEquals(DataCoding.BINARY, data.dataCoding());
        assertArrayEquals(hex("00 FF 1B 80"), data.octets());
        assertEquals(0xF5, EncodedText.binary(new byte[1], MessageClass.CLASS_1).dataCoding().value());
    }
}
