package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.smpp.SmppTime;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.DataCodingScheme;
import org.smppconnector.simulator.text.Gsm7;
import org.smppconnector.simulator.text.MultipartMethod;
import org.smppconnector.simulator.text.Segmenter;
import org.smppconnector.simulator.text.TextCodec;
import org.smppconnector.simulator.text.UndecodableTextException;

/** The simulator's own text handling: GSM 03.38, data_coding groups, segmentation, SMPP times. */
class TextCodecTest {

    @Test
    void gsm7BasicAndExtensionTables() throws Exception {
        byte[] septets = {0x00, 0x01, 0x02, 0x1B, 0x65, 0x1B, 0x3C, 0x1B, 0x3E, 0x10, 0x5F, 0x7F};
        assertEquals("@£$€[]Δ§à", Gsm7.decode(septets, 0, septets.length));
        assertArrayEquals(septets, Gsm7.encode("@£$€[]Δ§à"));
        assertThrows(UndecodableTextException.class, () -> Gsm7.decode(new byte[] {(byte) 0x80}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Gsm7.encode("Ж"));
    }

    @Test
    void dataCodingGroups() {
        assertEquals(Alphabet.GSM7, DataCodingScheme.alphabetOf(0x00, Alphabet.GSM7));
        assertEquals(Alphabet.ASCII, DataCodingScheme.alphabetOf(0x00, Alphabet.ASCII));
        assertEquals(Alphabet.UCS2, DataCodingScheme.alphabetOf(0x18, Alphabet.GSM7));
        assertEquals(Alphabet.GSM7, DataCodingScheme.alphabetOf(0xF0, Alphabet.GSM7));
        assertEquals(Alphabet.BINARY, DataCodingScheme.alphabetOf(0xF4, Alphabet.GSM7));
        assertEquals(Alphabet.BINARY, DataCodingScheme.alphabetOf(0x30, Alphabet.GSM7), "compressed");
        assertEquals(Alphabet.KSC5601, DataCodingScheme.alphabetOf(0x0E, Alphabet.GSM7));
        assertTrue(DataCodingScheme.isFlash(0x18));
        assertTrue(DataCodingScheme.isFlash(0xF0));
    }

    @Test
    void ucs2FragmentsMayCutASurrogatePairOnlyAtTheirEdges() throws Exception {
        byte[] highAtEnd = {0x00, 0x41, (byte) 0xD8, 0x3D};
        assertEquals(2, TextCodec.decode(Alphabet.UCS2, highAtEnd, true).length());
        assertThrows(UndecodableTextException.class, () -> TextCodec.decode(Alphabet.UCS2, highAtEnd, false));
    }

    @Test
    void segmentationNeverSplitsEscapesOrSurrogates() {
        String text = "a".repeat(152) + "€" + "b".repeat(10); // the euro's escape would straddle 153
        List<byte[]> parts = Segmenter.split(Alphabet.GSM7, text, MultipartMethod.UDH_8BIT);
        assertEquals(152, parts.get(0).length);
        assertEquals(0x1B, parts.get(1)[0]);
        List<byte[]> ucs2 = Segmenter.split(Alphabet.UCS2, "x".repeat(66) + "😀" + "y".repeat(10), MultipartMethod.UDH_8BIT);
        assertEquals(132, ucs2.get(0).length, "67 units would end on a high surrogate");
        assertEquals(1, Segmenter.split(Alphabet.GSM7, "x".repeat(160), MultipartMethod.UDH_8BIT).size());
    }

    @Test
    void smppTimes() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Duration.ofDays(21), SmppTime.fromNow("000021000000000R", now));
        assertEquals(Instant.parse("2026-01-02T11:30:00Z"), SmppTime.resolve("260102123000004+", now), "12:30 at UTC+1");
        assertThrows(IllegalArgumentException.class, () -> SmppTime.resolve("2601021230", now));
        assertThrows(IllegalArgumentException.class, () -> SmppTime.resolve("261302123000004+", now));
    }
}
