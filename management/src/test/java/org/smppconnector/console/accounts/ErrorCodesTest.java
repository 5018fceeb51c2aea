package org.smppconnector.console.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pool.ProviderPreset;

class ErrorCodesTest {

    @Test
    void gatewayApiWritesItsHexCodesInBaseTen() {
        ErrorCodes.Decoded decoded = ErrorCodes.decode("126", ProviderPreset.GATEWAYAPI).orElseThrow();
        assertEquals(0x107E, decoded.code());
        assertEquals("GatewayAPI error 0x107E", decoded.text());
    }

    @Test
    void mobileTextAlertsUsesSmppCommandStatuses() {
        assertEquals("ESME_RTHROTTLED: Throttling error (ESME has exceeded allowed message limits)",
                ErrorCodes.decode("088", ProviderPreset.MOBILE_TEXT_ALERTS).orElseThrow().text());
    }

    @Test
    void othersArePlainNumbersAndZeroIsNoError() {
        assertEquals("network error 19 (0x13)", ErrorCodes.decode("019", ProviderPreset.BULKSMS).orElseThrow().text());
        assertEquals("no error", ErrorCodes.decode("000", ProviderPreset.MITTO).orElseThrow().text());
    }

    @Test
    void aCodeNotInTheProvidersFormatIsShownAsItCame() {
        ErrorCodes.Decoded decoded = ErrorCodes.decode("0x1F", ProviderPreset.GENERIC).orElseThrow();
        assertNull(decoded.code());
        assertEquals("0x1F", decoded.raw());
        assertTrue(decoded.text().startsWith("not a decimal"), decoded.text());
        assertTrue(ErrorCodes.decode(null, ProviderPreset.GENERIC).isEmpty());
        assertTrue(ErrorCodes.decode(" ", ProviderPreset.GENERIC).isEmpty());
    }
}
