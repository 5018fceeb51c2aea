package org.smppconnector.store.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smppconnector.store.testing.TestClock;

class PerMinuteCounterTest {

    private final TestClock clock = new TestClock();
    private final PerMinuteCounter counter = new PerMinuteCounter(clock);

    @Test
    void countsTheLastSixtySeconds() {
        counter.add(5);
        clock.advance(Duration.ofSeconds(30));
        counter.increment();
        assertEquals(6, counter.perMinute());

        clock.advance(Duration.ofSeconds(30));
        assertEquals(1, counter.perMinute(), "the first five are a minute old");

        clock.advance(Duration.ofSeconds(30));
        assertEquals(0, counter.perMinute());
    }

    @Test
    void aSlotReusedAMinuteLaterStartsFromZero() {
        counter.add(3);
        clock.advance(Duration.ofSeconds(60));
        counter.add(2);

        assertEquals(2, counter.perMinute());
    }
}
