package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectScheduleTest {

    private static final long S = 1_000_000_000L;

    private final ReconnectSchedule schedule = new ReconnectSchedule(
            ReconnectPolicy.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60)), new FixedRandom(0.5));

    @Test
    void failedAttemptsBackOffOneTwoFourUpToSixty() {
        schedule.lost(0);
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            assertEquals(seconds * S, schedule.nextDelayNanos());
        }
        assertEquals(8, schedule.attempts());
    }

    @Test
    void aStableBindStartsTheSeriesOver() {
        schedule.lost(0);
        schedule.nextDelayNanos();
        schedule.nextDelayNanos();
        schedule.bound(10 * S);
        schedule.lost(40 * S);
        assertEquals(1 * S, schedule.nextDelayNanos());
    }

    @Test
    void aBindLostSoonAfterBindingKeepsBackingOff() {
        schedule.lost(0);
        schedule.nextDelayNanos();
        schedule.nextDelayNanos();
        schedule.bound(10 * S);
        schedule.lost(15 * S);
        assertEquals(4 * S, schedule.nextDelayNanos(), "a server that accepts then kills must not be hammered");
    }

    @Test
    void fixedDelayWithJitterAsGatewayApiAsks() {
        ReconnectSchedule fixed = new ReconnectSchedule(
                ReconnectPolicy.fixed(Duration.ofSeconds(30)).withJitter(Jitter.plusMinus(0.1)), new FixedRandom(1.0));
        assertEquals(33 * S, fixed.nextDelayNanos(), 1);
        assertEquals(33 * S, fixed.nextDelayNanos(), 1);
    }

    @Test
    void defaultPolicyIsExponentialWithJitter() {
        assertEquals(Duration.ofSeconds(1), ReconnectPolicy.DEFAULT.backoff().initial());
        assertEquals(Duration.ofSeconds(60), ReconnectPolicy.DEFAULT.backoff().max());
        assertEquals(Jitter.plusMinus(0.2), ReconnectPolicy.DEFAULT.backoff().jitter());
        assertEquals(Duration.ofSeconds(30), ReconnectPolicy.DEFAULT.stableAfter());
        assertEquals(Duration.ofMinutes(5), ReconnectPolicy.DEFAULT.withStableAfter(Duration.ofMinutes(5)).stableAfter());
    }
}
