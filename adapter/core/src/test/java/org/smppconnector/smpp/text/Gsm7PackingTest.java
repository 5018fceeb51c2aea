package org.smppconnector.smpp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Gsm7PackingTest {

    private static final TextCodec GSM7 = TextCodecs.forAlphabet(Alphabet.GSM7);

    private static byte[] hex(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    @Test
    void packsTheClassicVectors() {
        assertArrayEquals(hex("E8 32 9B FD 46 97 D9 EC 37"), Gsm7Packing.pack(GSM7.encode("hellohello")));
        assertArrayEquals(hex("E8 32 9B FD 06"), Gsm7Packing.pack(GSM7.encode("hello")));
        assertArrayEquals(hex("31 D9 8C 56 B3 DD 70"), Gsm7Packing.pack(GSM7.encode("12345678")));
    }

    @Test
    void sevenSpareBitsAreFilledWithCarriageReturnAndDroppedOnUnpacking() {
        // 23.038 6.1.2.3.1: 7 septets leave 7 spare bits, which must not read as '@'.
        byte[] packed = Gsm7Packing.pack(GSM7.encode("1234567"));
        assertArrayEquals(hex("31 D9 8C 56 B3 DD 1A"), packed);
        assertEquals("1234567", GSM7.decode(Gsm7Packing.unpack(packed)));
    }

    @Test
    void packsAfterAHeaderWithFillBitsToTheSeptetBoundary() {
        assertEquals(1, Gsm7Packing.fillBits(6)); // 8-bit reference concatenation UDH
        assertEquals(0, Gsm7Packing.fillBits(7)); // 16-bit reference concatenation UDH
        assertEquals(5, Gsm7Packing.fillBits(9)); // ... plus one national language shift
        assertEquals(4, Gsm7Packing.fillBits(10));
        assertEquals(0, Gsm7Packing.fillBits(0));
        assertEquals(6, Gsm7Packing.fillBits(1));

        assertArrayEquals(hex("D0 65 36 FB 0D"), Gsm7Packing.pack(GSM7.encode("hello"), 0, 5, 1));
        assertArrayEquals(hex("80 2E B3 D9 6F"), Gsm7Packing.pack(GSM7.encode("hello"), 0, 5, 4));
        assertArrayEquals(hex("82 C2 21 B1 68 04"), Gsm7Packing.pack(GSM7.encode("ABCDEF"), 0, 6, 1));
        assertArrayEquals(hex("82 C2 21 B1 68 3C 02"), Gsm7Packing.pack(GSM7.encode("ABCDEFG"), 0, 7, 1));
        assertEquals("hello", GSM7.decode(Gsm7Packing.unpack(hex("D0 65 36 FB 0D"), 0, 5, 1)));
        assertEquals("ABCDEFG", GSM7.decode(Gsm7Packing.unpack(hex("82 C2 21 B1 68 3C 02"), 0, 7, 1)));
    }

    @Test
    void unpacksFromTheMiddleOfAnArray() {
        byte[] withHeader = hex("05 00 03 2A 02 01 D0 65 36 FB 0D");
        assertEquals("hello", GSM7.decode(Gsm7Packing.unpack(withHeader, 6, 5, Gsm7Packing.fillBits(6))));
    }

    @Test
    void everyLengthAndFillRoundTrips() {
        Random random = new Random(7);
        for (int fill = 0; fill <= 6; fill++) {
            for (int length = 0; length <= 170; length++) {
                byte[] septets = new byte[length];
                for (int i = 0; i < length; i++) {
                    septets[i] = (byte) random.nextInt(128);
                }
                if (length > 0 && septets[length - 1] == 0x0D) {
                    septets[length - 1] = 0x0E; // a final CR on an octet boundary is ambiguous, see below
                }
                byte[] packed = Gsm7Packing.pack(septets, 0, length, fill);
                assertEquals(Gsm7Packing.packedLength(length, fill), packed.length);
                assertArrayEquals(septets, Gsm7Packing.unpack(packed, 0, packed.length, fill), "fill " + fill + " length " + length);
            }
        }
    }

    @Test
    void aFinalCarriageReturnOnAnOctetBoundaryIsReadAsPadding() {
        // 8 septets fill 7 octets exactly; SMPP gives no septet count, so a last CR there is padding.
        byte[] packed = Gsm7Packing.pack(GSM7.encode("1234567\r"));
        assertEquals(7, packed.length);
        assertEquals("1234567", GSM7.decode(Gsm7Packing.unpack(packed)));
        // Anywhere else a CR is kept.
        assertEquals("123\r", GSM7.decode(Gsm7Packing.unpack(Gsm7Packing.pack(GSM7.encode("123\r")))));
    }

    @Test
    void refusesWhatIsNotASeptetOrAFill() {
        assertThrows(IllegalArgumentException.class, () -> Gsm7Packing.pack(new byte[] {(byte) 0x80}));
        assertThrows(IllegalArgumentException.class, () -> Gsm7Packing.pack(new byte[1], 0, 1, 7));
        assertThrows(IllegalArgumentException.class, () -> Gsm7Packing.unpack(new byte[1], 0, 1, -1));
    }
}
