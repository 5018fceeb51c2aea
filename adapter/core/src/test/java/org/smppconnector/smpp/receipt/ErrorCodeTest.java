package org.smppconnector.smpp.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two error carriers: the err: text field and the network_error_code TLV. */
class ErrorCodeTest {

    @ParameterizedTest(name = "{0} reads {1} as {2}")
    @CsvSource({
        "DECIMAL, 000, 0",
        "DECIMAL, 019, 19",
        "DECIMAL, 0000, 0",
        "DECIMAL, 1A3, ",
        "DECIMAL, -1, ",
        "DECIMAL, '', ",
        "HEX, 1A3, 419",
        "HEX, 019, 25",
        "HEX, 0x107E, 4222",
        "HEX, 0X107e, 4222",
        "HEX, 0x, ",
        "HEX, G1, ",
        "GATEWAYAPI, 126, 4222",
        "GATEWAYAPI, 019, 4115",
        "GATEWAYAPI, 000, 4096",
        "GATEWAYAPI, 4095, 8191",
        "GATEWAYAPI, 4096, ",
        "GATEWAYAPI, 07E, "})
    void decodesTheErrText(ErrCodeFormat format, String err, Integer expected) {
        assertEquals(expected == null ? OptionalInt.empty() : OptionalInt.of(expected), format.decode(err));
    }

    @Test
    void gatewayApiErr126IsTheirCode0x107E() {
        assertEquals(OptionalInt.of(0x107E), ErrCodeFormat.GATEWAYAPI.decode("126"));
    }

    @Test
    void readsTheNetworkErrorCodeTlv() {
        NetworkErrorCode gsm = NetworkErrorCode.fromTlvValue(new byte[] {3, 0, 1});
        assertEquals(new NetworkErrorCode(3, 1), gsm);
        NetworkErrorCode high = NetworkErrorCode.fromTlvValue(new byte[] {8, (byte) 0xFF, (byte) 0xFE});
        assertEquals(new NetworkErrorCode(8, 0xFFFE), high);
        assertArrayEquals(new byte[] {8, (byte) 0xFF, (byte) 0xFE}, high.toTlvValue());
    }

    @Test
    void rejectsATlvOfTheWrongLength() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReceiptTlvs.of("1", 2, new byte[] {3, 0}));
        assertEquals("network_error_code must be 3 octets, not 2", error.getMessage());
    }

    @Test
    void rejectsOutOfRangeParts() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkErrorCode(256, 0));
        assertThrows(IllegalArgumentException.class, () -> new NetworkErrorCode(3, 0x10000));
    }
}
