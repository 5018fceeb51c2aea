package org.smppconnector.ra.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SmppTimeTest {

    @Test
    void relativeTimesCountDaysHoursMinutesSeconds() {
        assertEquals("000000001000000R", SmppTime.relative(Duration.ofMinutes(10)));
        assertEquals("000001023004000R", SmppTime.relative(Duration.ofDays(1).plusHours(2).plusMinutes(30).plusSeconds(4)));
        assertEquals("000099000000000R", SmppTime.relative(Duration.ofDays(99)));
        assertEquals("010010000000000R", SmppTime.relative(Duration.ofDays(365 + 10)), "beyond 99 days: years, days");
        assertEquals("000310000000000R", SmppTime.relative(Duration.ofDays(100)), "100 days: 3 months of 30, 10 days");
    }

    @Test
    void absoluteTimesAreWrittenInUtcAndReadWithTheirOffset() {
        assertEquals("260301093015000+", SmppTime.absolute(Instant.parse("2026-03-01T09:30:15Z")));
        assertEquals(OffsetDateTime.of(2026, 3, 1, 9, 30, 15, 0, ZoneOffset.ofHours(2)),
                SmppTime.parseAbsolute("260301093015008+"));
        assertNull(SmppTime.parseAbsolute(""));
        assertNull(SmppTime.parseAbsolute("000001000000000R"));
        assertNull(SmppTime.parseAbsolute("26030109301500x+"));
    }
}
