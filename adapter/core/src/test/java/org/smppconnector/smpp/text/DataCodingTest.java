package org.smppconnector.smpp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataCodingTest {

    @ParameterizedTest(name = "0x{0} = {1} class {2}")
    @CsvSource({
            "00, GSM7, ",
            "01, IA5, ",
            "02, BINARY, ",
            "03, LATIN1, ",
            "04, BINARY, ",
            "06, CYRILLIC, ",
            "07, HEBREW, ",
            "08, UCS2, ",
            "0E, KSC5601, ",
            "10, GSM7, CLASS_0",
            "11, GSM7, CLASS_1",
            "12, GSM7, CLASS_2",
            "13, GSM7, CLASS_3",
            "14, BINARY, CLASS_0",
            "17, BINARY, CLASS_3",
            "18, UCS2, CLASS_0",   // GatewayAPI's 24: UCS-2 flash
            "1B, UCS2, CLASS_3",
            "4B, UCS2, ",          // automatic deletion group, no class
            "5B, UCS2, CLASS_3",   // automatic deletion group with class
            "C0, GSM7, ",          // message waiting, discard
            "D5, GSM7, ",          // message waiting, store
            "E0, UCS2, ",          // message waiting, store, UCS-2
            "F0, GSM7, CLASS_0",   // GatewayAPI's 240: GSM-7 flash
            "F1, GSM7, CLASS_1",
            "F3, GSM7, CLASS_3",
            "F4, BINARY, CLASS_0",
            "F7, BINARY, CLASS_3",
    })
    void readsAlphabetAndClass(String hex, Alphabet alphabet, MessageClass messageClass) {
        DataCoding dataCoding = DataCoding.of(Integer.parseInt(hex, 16));
        assertEquals(alphabet, dataCoding.alphabet());
        assertEquals(Optional.ofNullable(messageClass), dataCoding.messageClass());
        assertEquals(messageClass == MessageClass.CLASS_0, dataCoding.isFlash());
        assertTrue(dataCoding.isSupported());
    }

    @ParameterizedTest(name = "0x{0} unsupported")
    @CsvSource({"05", "09", "0A", "0B", "0C", "0D", "0F", "1C", "1F", "20", "3F", "80", "BF", "F8", "FF"})
    void refusesReservedAndUnimplementedValues(String hex) {
        DataCoding dataCoding = DataCoding.of(Integer.parseInt(hex, 16));
        UnsupportedDataCodingException e = assertThrows(UnsupportedDataCodingException.class, dataCoding::alphabet);
        assertEquals(dataCoding.value(), e.dataCoding());
        assertTrue(e.getMessage().contains("0x" + hex), e.getMessage());
        assertFalse(dataCoding.isSupported());
    }

    @Test
    void zeroMeansWhatTheSmscSaysItMeans() {
        assertEquals(Alphabet.GSM7, DataCoding.SMSC_DEFAULT.alphabet());
        assertEquals(Alphabet.IA5, DataCoding.SMSC_DEFAULT.alphabet(Alphabet.IA5));
        assertTrue(DataCoding.SMSC_DEFAULT.isSmscDefault());
        assertEquals(Alphabet.LATIN1, DataCoding.LATIN1.alphabet(Alphabet.IA5));
    }

    @Test
    void writesTheValuesProvidersDocument() {
        assertEquals(0, DataCoding.of(Alphabet.GSM7).value());
        assertEquals(1, DataCoding.of(Alphabet.IA5).value());
        assertEquals(3, DataCoding.of(Alphabet.LATIN1).value());
        assertEquals(4, DataCoding.of(Alphabet.BINARY).value());
        assertEquals(6, DataCoding.of(Alphabet.CYRILLIC).value());
        assertEquals(7, DataCoding.of(Alphabet.HEBREW).value());
        assertEquals(8, DataCoding.of(Alphabet.UCS2).value());
        assertEquals(14, DataCoding.of(Alphabet.KSC5601).value());
        assertEquals(240, DataCoding.of(Alphabet.GSM7, MessageClass.CLASS_0).value());
        assertEquals(24, DataCoding.of(Alphabet.UCS2, MessageClass.CLASS_0).value());
        assertEquals(0xF6, DataCoding.of(Alphabet.BINARY, MessageClass.CLASS_2).value());
        assertEquals(8, DataCoding.of(Alphabet.UCS2, null).value());
        assertThrows(IllegalArgumentException.class, () -> DataCoding.of(Alphabet.LATIN1, MessageClass.CLASS_0));
    }

    @Test
    void everyValueWrittenReadsBack() {
        for (Alphabet alphabet : Alphabet.values()) {
            assertEquals(alphabet, DataCoding.of(alphabet).alphabet());
            assertEquals(Optional.empty(), DataCoding.of(alphabet).messageClass());
            if (DataCoding.canCarryMessageClass(alphabet)) {
                for (MessageClass messageClass : MessageClass.values()) {
                    DataCoding dataCoding = DataCoding.of(alphabet, messageClass);
                    assertEquals(alphabet, dataCoding.alphabet());
                    assertEquals(Optional.of(messageClass), dataCoding.messageClass());
                }
            }
        }
    }

    @Test
    void readsSignedBytesAndRejectsOutOfRange() {
        assertEquals(0xF0, DataCoding.of((byte) 0xF0).value());
        assertThrows(IllegalArgumentException.class, () -> new DataCoding(256));
        assertThrows(IllegalArgumentException.class, () -> DataCoding.of(256));
        assertThrows(IllegalArgumentException.class, () -> DataCoding.of(-129));
        assertThrows(IllegalArgumentException.class, () -> new DataCoding(-1));
        assertEquals("DataCoding[0x18 UCS2 CLASS_0]", DataCoding.of(0x18).toString());
    }
}
