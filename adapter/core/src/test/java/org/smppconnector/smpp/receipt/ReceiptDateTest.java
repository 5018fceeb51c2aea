package org.smppconnector.smpp.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2011181054, 2020-11-18T10:54",
        "0001010000, 2000-01-01T00:00",
        "9912312359, 2099-12-31T23:59",
        "2402291200, 2024-02-29T12:00",
        "180903120815, 2018-09-03T12:08:15",
        "20110303100008, 2011-03-03T10:00:08"})
    void readsTenTwelveAndFourteenDigits(String raw, String expected) {
        ReceiptDate date = ReceiptDate.parse(raw);
        assertEquals(raw, date.raw());
        assertEquals(Optional.of(LocalDateTime.parse(expected)), date.dateTime());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2413011200", "2402301200", "2302291200", "2401012400", "2401011260",
        "240101123060", "2400011200", "24010112", "24010112000", "24O1011200", "", "-401011200",
        "240101 1200"})
    void rejectsImpossibleDatesButKeepsTheText(String raw) {
        ReceiptDate date = ReceiptDate.parse(raw);
        assertFalse(date.isValid());
        assertNull(date.value());
        assertEquals(raw, date.raw());
        assertEquals(Optional.empty(), date.atZone(ZoneId.of("UTC")));
    }

    @Test
    void convertsWithTheSmscZone() {
        ReceiptDate date = ReceiptDate.parse("2011181054");
        assertEquals(Instant.parse("2020-11-18T09:54:00Z"),
                date.atZone(ZoneId.of("Europe/Copenhagen")).orElseThrow().toInstant());
        assertEquals(Instant.parse("2020-11-18T15:54:00Z"),
                date.atZone(ZoneId.of("America/New_York")).orElseThrow().toInstant());
    }
}
