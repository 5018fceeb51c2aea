package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeepaliveSettingsTest {

    @Test
    void defaultsToThirtySecondsAndNoKnownIdleLimit() {
        assertEquals(Duration.ofSeconds(30), KeepaliveSettings.DEFAULT.interval());
        assertEquals(Duration.ofSeconds(10), KeepaliveSettings.DEFAULT.responseTimeout());
        assertEquals(Optional.empty(), KeepaliveSettings.DEFAULT.peerIdleLimit());
        assertEquals(Duration.ofSeconds(30), KeepaliveSettings.DEFAULT.effectiveInterval());
    }

    @Test
    void intervalWellInsideTheIdleLimitIsUsedAsIs() {
        KeepaliveSettings s = KeepaliveSettings.every(Duration.ofSeconds(30)).withPeerIdleLimit(Duration.ofSeconds(120));
        assertEquals(Duration.ofSeconds(30), s.effectiveInterval());
    }

    @Test
    void intervalCloseToTheIdleLimitIsPulledBackToNineTenthsOfIt() {
        KeepaliveSettings s = KeepaliveSettings.every(Duration.ofSeconds(119)).withPeerIdleLimit(Duration.ofSeconds(120));
        assertEquals(Duration.ofSeconds(108), s.effectiveInterval());
    }

    @Test
    void intervalAtOrBeyondTheIdleLimitIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeepaliveSettings.every(Duration.ofSeconds(120)).withPeerIdleLimit(Duration.ofSeconds(120)));
        assertTrue(e.getMessage().startsWith("keepalive.interval"), e.getMessage());
    }

    @Test
    void durationsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> KeepaliveSettings.every(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> KeepaliveSettings.DEFAULT.withResponseTimeout(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> KeepaliveSettings.every(null));
    }

    @Test
    void equalSettingsAreEqual() {
        assertEquals(KeepaliveSettings.every(Duration.ofSeconds(30)), KeepaliveSettings.DEFAULT);
        assertEquals(KeepaliveSettings.DEFAULT.hashCode(), KeepaliveSettings.every(Duration.ofSeconds(30)).hashCode());
        assertEquals(KeepaliveSettings.DEFAULT,
                KeepaliveSettings.DEFAULT.withPeerIdleLimit(Duration.ofSeconds(60)).withoutPeerIdleLimit());
    }
}
