package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final long S = 1_000_000_000L;
    private static final FixedRandom MIDDLE = new FixedRandom(0.5);

    @Test
    void exponentialDoublesUpToTheCap() {
        Backoff backoff = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60));
        long[] delays = IntStream.range(0, 9).mapToLong(a -> backoff.delayNanos(a, MIDDLE) / S).toArray();
        assertEquals("[1, 2, 4, 8, 16, 32, 60, 60, 60]", java.util.Arrays.toString(delays));
        assertEquals(60 * S, backoff.delayNanos(Integer.MAX_VALUE, MIDDLE), "no overflow on huge attempts");
    }

    @Test
    void fixedIsTheSameEveryTime() {
        Backoff backoff = Backoff.fixed(Duration.ofSeconds(30));
        assertEquals(30 * S, backoff.delayNanos(0, MIDDLE));
        assertEquals(30 * S, backoff.delayNanos(17, MIDDLE));
        assertTrue(backoff.isFixed());
    }

    @Test
    void plusMinusJitterStaysWithinItsBand() {
        Backoff backoff = Backoff.fixed(Duration.ofSeconds(30)).withJitter(Jitter.plusMinus(0.1));
        assertEquals(27 * S, backoff.delayNanos(0, new FixedRandom(0.0)));
        assertEquals(30 * S, backoff.delayNanos(0, MIDDLE));
        assertEquals(33 * S, backoff.delayNanos(0, new FixedRandom(1.0)), 1);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            long d = backoff.delayNanos(i, random);
            assertTrue(d >= 27 * S && d <= 33 * S, "out of band: " + d);
        }
    }

    @Test
    void fullJitterSpreadsBetweenZeroAndTheDelay() {
        Backoff backoff = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60)).withJitter(Jitter.full());
        assertEquals(0, backoff.delayNanos(3, new FixedRandom(0.0)));
        assertEquals(4 * S, backoff.delayNanos(3, MIDDLE));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.fixed(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> Backoff.exponential(Duration.ofSeconds(10), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> Backoff.exponential(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(10)));
        assertThrows(IllegalArgumentException.class, () -> Jitter.plusMinus(1.0));
        assertThrows(IllegalArgumentException.class, () -> Jitter.plusMinus(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Backoff.fixed(Duration.ofSeconds(1)).delayNanos(-1, MIDDLE));
    }

    @Test
    void describesItself() {
        assertEquals("exponential 1000 ms x2.0 up to 60000 ms, jitter +-20%",
                Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60))
                        .withJitter(Jitter.plusMinus(0.2)).toString());
        assertEquals(Backoff.fixed(Duration.ofSeconds(30)), Backoff.fixed(Duration.ofSeconds(30)));
    }
}
