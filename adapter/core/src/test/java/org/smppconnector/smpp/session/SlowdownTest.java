package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlowdownTest {

    private static final long T0 = -7_000_000_000L;
    private final Slowdown slowdown = new Slowdown();

    @Test
    void notPausedUntilThrottled() {
        assertEquals(0, slowdown.remainingNanos(T0));
        assertFalse(slowdown.isPaused(Long.MAX_VALUE));
    }

    @Test
    void throttlingPausesForTheGivenDelay() {
        slowdown.throttled(T0, 500);
        assertEquals(500, slowdown.remainingNanos(T0));
        assertEquals(1, slowdown.remainingNanos(T0 + 499));
        assertFalse(slowdown.isPaused(T0 + 500));
    }

    @Test
    void aShorterPauseNeverCutsALongerOneShort() {
        slowdown.throttled(T0, 1_000);
        slowdown.throttled(T0 + 100, 200);
        assertEquals(1_000, slowdown.remainingNanos(T0));
        slowdown.throttled(T0 + 900, 500);
        assertTrue(slowdown.isPaused(T0 + 1_399));
        assertFalse(slowdown.isPaused(T0 + 1_400));
    }
}
