package org.smppconnector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final Instant SUBMISSION = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void aRelativeValidityIsWholeSecondsFromSubmission() {
        Validity validity = Validity.of(Duration.ofMillis(21L * 24 * 3600 * 1000 + 500));
        assertTrue(validity.isRelative());
        assertEquals(Optional.of(Duration.ofDays(21)), validity.duration());
        assertEquals(Optional.empty(), validity.expiry());
        assertEquals(Duration.ofDays(21), validity.remainingAt(SUBMISSION));
        assertThrows(IllegalArgumentException.class, () -> Validity.of(Duration.ofMillis(999)));
    }

    @Test
    void anAbsoluteValidityLeavesTheTimeUntilItsEnd() {
        Validity validity = Validity.until(SUBMISSION.plus(Duration.ofDays(22)));
        assertFalse(validity.isRelative());
        assertEquals(Optional.empty(), validity.duration());
        assertEquals(Duration.ofDays(22), validity.remainingAt(SUBMISSION));
        assertEquals(Duration.ofDays(-1), validity.remainingAt(SUBMISSION.plus(Duration.ofDays(23))));
    }

    @Test
    void equalityIsByValue() {
        assertEquals(Validity.of(Duration.ofHours(1)), Validity.of(Duration.ofMinutes(60)));
        assertEquals(Validity.until(SUBMISSION), Validity.until(SUBMISSION));
        assertNotEquals(Validity.of(Duration.ofHours(1)), Validity.until(SUBMISSION));
        assertEquals("Validity[PT1H]", Validity.of(Duration.ofHours(1)).toString());
    }
}
