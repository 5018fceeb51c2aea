package org.smppconnector.smpp.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;
import org.smppconnector.smpp.text.EncodedText;
import org.smppconnector.smpp.text.EncodingPolicy;
import org.smppconnector.smpp.text.Gsm7Packing;
import org.smppconnector.smpp.text.NationalLanguage;
import org.smppconnector.smpp.text.ShiftTables;
import org.smppconnector.smpp.text.TextCodecs;

class SplitterTest {

    private static final String TO = "+4512345678";

    /** A splitter whose first reference for any destination is 0x2A. */
    private static Splitter splitter(Segmentation segmentation) {
        return new Splitter(segmentation, new ReferenceAllocator(10, () -> 0x2A));
    }

    /** Fresh per test, so every test's first reference is 0x2A. */
    private final Splitter DEFAULT = splitter(Segmentation.defaults());

    private static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    private static byte[] hex(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private static byte[] after(byte[] userData, int headerLength) {
        return Arrays.copyOfRange(userData, headerLength, userData.length);
    }

    @Test
    void aShortTextIsOnePartWithNoHeader() {
        SplitMessage message = DEFAULT.split(EncodedText.encode(repeat('a', 160), Alphabet.GSM7), TO);
        assertEquals(1, message.parts().size());
        MessagePart part = message.parts().get(0);
        assertFalse(part.udhIndicator());
        assertEquals(0, part.esmClassFlags());
        assertEquals(160, part.shortMessage().length);
        assertEquals(Optional.empty(), part.sar());
        assertEquals(Optional.empty(), part.messagePayload());
        assertEquals(-1, message.reference());
        assertFalse(message.isConcatenated());
    }

    @Test
    void gsm7SplitsAt153SeptetsWithAnEightBitReferenceUdh() {
        SplitMessage message = DEFAULT.split(EncodedText.encode(repeat('a', 161), Alphabet.GSM7), TO);
        List<MessagePart> parts = message.parts();
        assertEquals(2, parts.size());
        assertEquals(0x2A, message.reference());
        assertArrayEquals(hex("05 00 03 2A 02 01"), Arrays.copyOf(parts.get(0).shortMessage(), 6));
        assertArrayEquals(hex("05 00 03 2A 02 02"), Arrays.copyOf(parts.get(1).shortMessage(), 6));
        assertEquals(6 + 153, parts.get(0).shortMessage().length);
        assertEquals(6 + 8, parts.get(1).shortMessage().length);
        assertTrue(parts.get(0).udhIndicator());
        assertEquals(MessagePart.ESM_CLASS_UDHI, parts.get(1).esmClassFlags());
        assertEquals(DataCoding.SMSC_DEFAULT, parts.get(1).dataCoding());
    }

    @Test
    void aPartNeverEndsInsideAnEscapeSequence() {
        String text = repeat('a', 152) + "€" + "bbbbbbbbbb"; // the escape pair would straddle septets 153/154
        List<MessagePart> parts = DEFAULT.split(EncodedText.encode(text, Alphabet.GSM7), TO).parts();
        assertEquals(2, parts.size());
        assertArrayEquals(EncodedText.encode(repeat('a', 152), Alphabet.GSM7).octets(), after(parts.get(0).shortMessage(), 6));
        assertArrayEquals(hex("1B 65 62 62 62 62 62 62 62 62 62 62"), after(parts.get(1).shortMessage(), 6));
        // One septet further and the pair fits whole.
        List<MessagePart> shifted = DEFAULT.split(EncodedText.encode(repeat('a', 151) + "€" + "bbbbbbbbb", Alphabet.GSM7), TO).parts();
        assertEquals(6 + 153, shifted.get(0).shortMessage().length);
    }

    @Test
    void ucs2SplitsAt67UnitsAndNeverInsideASurrogatePair() {
        String text = repeat('a', 66) + "😀" + repeat('b', 10);
        EncodedText encoded = EncodedText.encode(text, Alphabet.UCS2);
        List<MessagePart> parts = DEFAULT.split(encoded, TO).parts();
        assertEquals(2, parts.size());
        assertEquals(6 + 66 * 2, parts.get(0).shortMessage().length);
        assertArrayEquals(hex("D8 3D DE 00"), Arrays.copyOfRange(parts.get(1).shortMessage(), 6, 10));
        // Without the emoji the first part takes all 67 units.
        assertEquals(6 + 67 * 2, DEFAULT.split(EncodedText.encode(repeat('a', 80), Alphabet.UCS2), TO).parts().get(0).shortMessage().length);
    }

    @Test
    void ksc5601SplitsAt134OctetsAndNeverInsideADoubleByteCharacter() {
        String text = repeat('a', 133) + "한국어 텍스트";
        List<MessagePart> parts = DEFAULT.split(EncodedText.encode(text, Alphabet.KSC5601), TO).parts();
        assertEquals(2, parts.size());
        assertEquals(6 + 133, parts.get(0).shortMessage().length);
        assertEquals(DataCoding.KSC5601, parts.get(0).dataCoding());
        assertEquals("한국어 텍스트", TextCodecs.forAlphabet(Alphabet.KSC5601).decode(after(parts.get(1).shortMessage(), 6)));
    }

    @Test
    void eightBitAlphabetsAndBinarySplitAt134Octets() {
        assertEquals(1, DEFAULT.split(EncodedText.encode(repeat('é', 140), Alphabet.LATIN1), TO).parts().size());
        List<MessagePart> latin = DEFAULT.split(EncodedText.encode(repeat('é', 141), Alphabet.LATIN1), TO).parts();
        assertEquals(List.of(6 + 134, 6 + 7), latin.stream().map(p -> p.shortMessage().length).toList());
        byte[] data = new byte[300];
        Arrays.fill(data, (byte) 0x1B); // escapes mean nothing in binary data
        List<MessagePart> binary = DEFAULT.split(EncodedText.binary(data), TO).parts();
        assertEquals(List.of(6 + 134, 6 + 134, 6 + 32), binary.stream().map(p -> p.shortMessage().length).toList());
        assertEquals(DataCoding.BINARY, binary.get(0).dataCoding());
    }

    @Test
    void sixteenBitReferencesTakeOneMoreOctet() {
        Splitter splitter = splitter(Segmentation.defaults().withMethod(ConcatenationMethod.UDH_16BIT_REFERENCE));
        SplitMessage gsm = splitter.split(EncodedText.encode(repeat('a', 200), Alphabet.GSM7), TO);
        assertArrayEquals(hex("06 08 04 00 2A 02 01"), Arrays.copyOf(gsm.parts().get(0).shortMessage(), 7));
        assertEquals(7 + 152, gsm.parts().get(0).shortMessage().length);
        SplitMessage ucs2 = splitter.split(EncodedText.encode(repeat('a', 100), Alphabet.UCS2), "+4599");
        assertEquals(7 + 66 * 2, ucs2.parts().get(0).shortMessage().length);
        SplitMessage octets = splitter.split(EncodedText.binary(new byte[200]), "+4598");
        assertEquals(7 + 133, octets.parts().get(0).shortMessage().length);
    }

    @Test
    void sarPartsCarryTheValuesAndNoHeader() {
        Splitter splitter = splitter(Segmentation.defaults().withMethod(ConcatenationMethod.SAR_TLV));
        SplitMessage message = splitter.split(EncodedText.encode(repeat('a', 400), Alphabet.GSM7), TO);
        assertEquals(3, message.parts().size());
        for (int i = 0; i < 3; i++) {
            MessagePart part = message.parts().get(i);
            assertFalse(part.udhIndicator());
            assertEquals(Optional.of(new SarSegment(0x2A, 3, i + 1)), part.sar());
        }
        // The SMSC adds the concatenation UDH, so the parts are as long as with an 8-bit UDH.
        assertEquals(153, message.parts().get(0).shortMessage().length);
    }

    @Test
    void messagePayloadCarriesALongTextInOnePdu() {
        Splitter splitter = splitter(Segmentation.defaults().withMethod(ConcatenationMethod.MESSAGE_PAYLOAD));
        SplitMessage message = splitter.split(EncodedText.encode(repeat('a', 400), Alphabet.GSM7), TO);
        assertEquals(1, message.parts().size());
        MessagePart part = message.parts().get(0);
        assertEquals(0, part.shortMessage().length);
        assertEquals(400, part.messagePayload().orElseThrow().length);
        assertFalse(part.udhIndicator());
        // A text that fits goes in short_message as usual.
        MessagePart small = splitter.split(EncodedText.encode("hi", Alphabet.GSM7), TO).parts().get(0);
        assertArrayEquals(hex("68 69"), small.shortMessage());
        assertEquals(Optional.empty(), small.messagePayload());
        assertEquals(1, splitter.partCount(EncodedText.encode(repeat('a', 5000), Alphabet.GSM7)));
    }

    @Test
    void nationalLanguageShiftsGoInTheUdhAndTakeTheirRoom() {
        ShiftTables turkish = ShiftTables.of(NationalLanguage.TURKISH, NationalLanguage.DEFAULT);
        EncodedText single = EncodedText.encode(repeat('ş', 155), Alphabet.GSM7, turkish, null);
        MessagePart only = DEFAULT.split(single, TO).parts().get(0);
        assertTrue(only.udhIndicator());
        assertArrayEquals(hex("03 25 01 01"), Arrays.copyOf(only.shortMessage(), 4));
        assertEquals(4 + 155, only.shortMessage().length);

        EncodedText longer = EncodedText.encode(repeat('ş', 156), Alphabet.GSM7, turkish, null);
        List<MessagePart> parts = DEFAULT.split(longer, TO).parts();
        assertArrayEquals(hex("08 00 03 2A 02 01 25 01 01"), Arrays.copyOf(parts.get(0).shortMessage(), 9));
        assertEquals(9 + 149, parts.get(0).shortMessage().length);

        ShiftTables both = ShiftTables.of(NationalLanguage.TURKISH, NationalLanguage.SPANISH);
        EncodedText twoShifts = EncodedText.encode(repeat('ş', 300), Alphabet.GSM7, both, null);
        MessagePart first = DEFAULT.split(twoShifts, "+4597").parts().get(0);
        assertArrayEquals(hex("0B 00 03 2A 03 01 24 01 02 25 01 01"), Arrays.copyOf(first.shortMessage(), 12));
        assertEquals(12 + 146, first.shortMessage().length);

        // SAR: the shifts still need a UDH, with nothing else in it.
        MessagePart sar = splitter(Segmentation.defaults().withMethod(ConcatenationMethod.SAR_TLV)).split(longer, TO).parts().get(0);
        assertTrue(sar.udhIndicator());
        assertArrayEquals(hex("03 25 01 01"), Arrays.copyOf(sar.shortMessage(), 4));
        assertEquals(4 + 149, sar.shortMessage().length);
    }

    @Test
    void packedGsm7FillsToTheSeptetBoundaryAfterTheHeader() {
        Splitter packed = splitter(Segmentation.defaults().withGsm7Packed(true));
        MessagePart single = packed.split(EncodedText.encode("hellohello", Alphabet.GSM7), TO).parts().get(0);
        assertArrayEquals(hex("E8 32 9B FD 46 97 D9 EC 37"), single.shortMessage());

        String text = repeat('a', 153) + "hellohello";
        List<MessagePart> parts = packed.split(EncodedText.encode(text, Alphabet.GSM7), TO).parts();
        assertEquals(140, parts.get(0).shortMessage().length); // 6 UDH octets + 1 fill bit + 153 septets = 140 octets
        assertArrayEquals(hex("05 00 03 2A 02 02 D0 65 36 FB 8D 2E B3 D9 6F"), parts.get(1).shortMessage());
        assertArrayEquals(EncodedText.encode(repeat('a', 153), Alphabet.GSM7).octets(),
                Gsm7Packing.unpack(parts.get(0).shortMessage(), 6, 134, 1));
    }

    @Test
    void packedPartsDoNotEndWithACarriageReturnThatWouldReadAsPadding() {
        Splitter packed = splitter(Segmentation.defaults().withGsm7Packed(true));
        String text = repeat('a', 152) + "\r" + "after after";
        List<MessagePart> parts = packed.split(EncodedText.encode(text, Alphabet.GSM7), TO).parts();
        assertEquals(6 + Gsm7Packing.packedLength(152, 1), parts.get(0).shortMessage().length);
        assertEquals("\rafter after", TextCodecs.forAlphabet(Alphabet.GSM7).decode(Gsm7Packing.unpack(parts.get(1).shortMessage(), 6,
                parts.get(1).shortMessage().length - 6, 1)));
        // Unpacked, the same text is cut at 153 as usual.
        assertEquals(6 + 153, DEFAULT.split(EncodedText.encode(text, Alphabet.GSM7), TO).parts().get(0).shortMessage().length);
    }

    @Test
    void limitsAreSettingsPerAlphabet() {
        // Mobile Text Alerts: ASCII at 160 per message, sent by the SMSC as GSM-7.
        Splitter mta = splitter(Segmentation.defaults().withLimits(Alphabet.IA5, new PartLimits(160, 153, 7)));
        assertEquals(1, mta.partCount(EncodedText.encode(repeat('a', 160), Alphabet.IA5)));
        assertEquals(2, mta.partCount(EncodedText.encode(repeat('a', 161), Alphabet.IA5)));
        assertEquals(2, DEFAULT.partCount(EncodedText.encode(repeat('a', 141), Alphabet.IA5)));
        assertThrows(IllegalArgumentException.class,
                () -> Segmentation.defaults().withLimits(Alphabet.UCS2, new PartLimits(140, 134, 16)));
        assertThrows(IllegalArgumentException.class, () -> new PartLimits(100, 120, 7));
    }

    @Test
    void tooManyPartsIsRefused() {
        Splitter two = splitter(Segmentation.defaults().withMaxParts(2));
        assertEquals(2, two.partCount(EncodedText.encode(repeat('a', 306), Alphabet.GSM7)));
        MessageTooLongException e = assertThrows(MessageTooLongException.class,
                () -> two.split(EncodedText.encode(repeat('a', 307), Alphabet.GSM7), TO));
        assertTrue(e.getMessage().contains("more than 2 parts"), e.getMessage());
        assertThrows(MessageTooLongException.class, () -> DEFAULT.partCount(EncodedText.encode(repeat('a', 153 * 255 + 1), Alphabet.GSM7)));
    }

    @Test
    void aPartTooSmallForOneCharacterIsRefused() {
        Splitter tiny = splitter(Segmentation.defaults().withLimits(Alphabet.GSM7, new PartLimits(1, 1, 7)));
        assertThrows(MessageTooLongException.class, () -> tiny.split(EncodedText.encode("€", Alphabet.GSM7), TO));
    }

    @Test
    void splittingAFreeTextChoosesTheEncodingByPartCount() {
        String text = repeat('x', 140) + "ç"; // not GSM-7 by default
        EncodingPolicy account = EncodingPolicy.allowing(Alphabet.GSM7, Alphabet.LATIN1, Alphabet.UCS2);
        SplitMessage message = DEFAULT.split(text, account, TO);
        assertEquals(Alphabet.LATIN1, message.text().alphabet());
        assertEquals(2, message.parts().size());
        // Allowed to use the Spanish single shift: GSM-7, two septets for 'ç', one part.
        SplitMessage spanish = DEFAULT.split(text, account.withNationalLanguages(NationalLanguage.SPANISH), TO);
        assertEquals(Alphabet.GSM7, spanish.text().alphabet());
        assertEquals(1, spanish.parts().size());
        assertArrayEquals(hex("03 24 01 02"), Arrays.copyOf(spanish.parts().get(0).shortMessage(), 4));
    }

    @Test
    void partCountAgreesWithSplit() {
        for (int length = 0; length < 700; length += 7) {
            EncodedText text = EncodedText.encode(repeat('a', length / 3) + repeat('€', length / 3) + repeat('b', length / 3), Alphabet.GSM7);
            assertEquals(DEFAULT.split(text, TO).parts().size(), DEFAULT.partCount(text), "length " + length);
        }
    }
}
