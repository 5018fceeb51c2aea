package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CongestionPolicyTest {

    private final CongestionPolicy policy = new CongestionPolicy(100, 12);

    @ParameterizedTest(name = "congestion_state {0} -> window {1}")
    @CsvSource({"0, 100", "29, 100", "50, 100", "80, 100", "89, 100",
        "90, 92", "95, 52", "99, 20", "100, 12", "101, 12", "255, 12"})
    void shrinksFromNearingCongestionToTheMinimumWhenCongested(int state, int window) {
        assertEquals(window, policy.windowFor(state));
    }

    @Test
    void windowNeverGrowsAsCongestionRises() {
        int previous = Integer.MAX_VALUE;
        for (int state = 0; state <= 255; state++) {
            int window = policy.windowFor(state);
            assertTrue(window <= previous && window >= 12, "state " + state + " -> " + window);
            previous = window;
        }
    }

    @Test
    void fullWindowComesBackWhenCongestionClears() {
        assertEquals(12, policy.windowFor(100));
        assertEquals(100, policy.windowFor(40));
    }

    @Test
    void defaultMinimumIsOneRequestInFlight() {
        assertEquals(1, new CongestionPolicy(10).windowFor(100));
        assertEquals(1, new CongestionPolicy(1).windowFor(95));
    }

    @Test
    void rejectsImpossibleSettingsAndStates() {
        assertThrows(IllegalArgumentException.class, () -> new CongestionPolicy(5, 6));
        assertThrows(IllegalArgumentException.class, () -> new CongestionPolicy(5, 0));
        assertThrows(IllegalArgumentException.class, () -> policy.windowFor(-1));
        assertThrows(IllegalArgumentException.class, () -> policy.windowFor(256));
    }
}
