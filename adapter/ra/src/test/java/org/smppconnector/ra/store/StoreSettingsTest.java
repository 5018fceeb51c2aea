package org.smppconnector.ra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smppconnector.store.submission.TextPrivacy;

class StoreSettingsTest {

    private static final String URL = "jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE";

    @Test
    void defaultsKeepTheTextThirtyDaysAndWriteStatusEveryFiveSeconds() throws Exception {
        StoreSettings settings = StoreSettings.of(URL, null, null, "node1", null, null, null);
        assertEquals(TextPrivacy.FULL_TEXT, settings.privacy());
        assertEquals(Duration.ofDays(30), settings.retention());
        assertEquals(Duration.ofSeconds(5), settings.statusInterval());
        assertEquals(Duration.ofSeconds(1), settings.pollInterval());
        assertEquals("", settings.user());
    }

    @Test
    void digestPrivacyAndRetentionForEver() throws Exception {
        StoreSettings settings = StoreSettings.of(URL, "sa", "pw", "node1", " Digest ", 0, 2);
        assertEquals(TextPrivacy.DIGEST_ONLY, settings.privacy());
        assertNull(settings.retention(), "0 keeps everything");
        assertEquals(Duration.ofSeconds(2), settings.statusInterval());
    }

    @Test
    void whatCannotWorkNamesItsProperty() {
        assertTrue(refused(() -> StoreSettings.of("h2:file:x", null, null, "n", null, null, null)).startsWith("storeUrl"));
        assertTrue(refused(() -> StoreSettings.of(URL, null, null, "n", "none", null, null)).startsWith("privacy"));
        assertTrue(refused(() -> StoreSettings.of(URL, null, null, "n", null, -1, null)).startsWith("retentionDays"));
        assertTrue(refused(() -> StoreSettings.of(URL, null, null, "n", null, null, 0)).startsWith("statusIntervalSeconds"));
    }

    @Test
    void thePasswordIsNeverShown() throws Exception {
        assertFalse(StoreSettings.of(URL, "sa", "hunter2", "n", null, null, null).toString().contains("hunter2"));
    }

    private interface Parse {
        StoreSettings run() throws InvalidPropertyException;
    }

    private static String refused(Parse parse) {
        return assertThrows(InvalidPropertyException.class, parse::run).getMessage();
    }
}
