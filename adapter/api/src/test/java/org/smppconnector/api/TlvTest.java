package org.smppconnector.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TlvTest {

    @Test
    void integersAreBigEndianOfTheirSize() {
        assertArrayEquals(new byte[] {(byte) 0xFF}, Tlv.ofByte(0x0005, 255).value());
        assertArrayEquals(new byte[] {0x12, 0x34}, Tlv.ofShort(0x0204, 0x1234).value());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x01}, Tlv.ofInt(0x0017, 0xFFFE0001L).value());
        assertEquals(255, Tlv.ofByte(1, 255).unsignedValue());
        assertEquals(0x1234, Tlv.ofShort(1, 0x1234).unsignedValue());
        assertEquals(0xFFFE0001L, Tlv.ofInt(1, 0xFFFE0001L).unsignedValue());
    }

    @Test
    void integersOutsideTheirSizeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Tlv.ofByte(1, 256));
        assertThrows(IllegalArgumentException.class, () -> Tlv.ofByte(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Tlv.ofShort(1, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> Tlv.ofInt(1, 0x100000000L));
    }

    @Test
    void onlyOneTwoOrFourOctetsReadAsAnInteger() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Tlv.of(0x001E, new byte[3]).unsignedValue());
        assertTrue(e.getMessage().contains("0x001E has 3 octets"), e.getMessage());
    }

    @Test
    void cStringsCarryTheirNulAndReadBackWithoutIt() {
        Tlv id = Tlv.ofCString(0x001E, "abc123");
        assertArrayEquals(new byte[] {'a', 'b', 'c', '1', '2', '3', 0}, id.value());
        assertEquals("abc123", id.cStringValue());
        assertEquals("abc", Tlv.of(0x001E, new byte[] {'a', 'b', 'c'}).cStringValue());
        assertThrows(IllegalArgumentException.class, () -> Tlv.ofCString(1, "é"));
        assertThrows(IllegalArgumentException.class, () -> Tlv.ofCString(1, "a\u0000b"));
    }

    @Test
    void tagsAreSixteenBitsAndValuesAtMost65535Octets() {
        assertEquals(0xFFFF, Tlv.of(0xFFFF, new byte[0]).tag());
        assertEquals(65535, Tlv.of(1, new byte[65535]).length());
        assertThrows(IllegalArgumentException.class, () -> Tlv.of(0x10000, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Tlv.of(-1, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Tlv.of(1, new byte[65536]));
    }

    @Test
    void theValueIsCopiedInAndOut() {
        byte[] value = {1, 2};
        Tlv tlv = Tlv.of(0x1400, value);
        value[0] = 9;
        tlv.value()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, tlv.value());
    }

    @Test
    void equalityIsByTagAndContent() {
        assertEquals(Tlv.of(0x1400, new byte[] {1, 2}), Tlv.of(0x1400, new byte[] {1, 2}));
        assertEquals(Tlv.of(0x1400, new byte[] {1, 2}).hashCode(), Tlv.of(0x1400, new byte[] {1, 2}).hashCode());
        assertNotEquals(Tlv.of(0x1400, new byte[] {1, 2}), Tlv.of(0x1401, new byte[] {1, 2}));
        assertNotEquals(Tlv.of(0x1400, new byte[] {1, 2}), Tlv.of(0x1400, new byte[] {1, 3}));
        assertEquals("Tlv[0x0204: 002A]", Tlv.ofShort(0x0204, 42).toString());
    }
}
