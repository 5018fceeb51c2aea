package org.smppconnector.simulator.smpp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The SMPP time format of schedule_delivery_time and validity_period (SMPP 3.4 section
 * 7.1.1): absolute {@code YYMMDDhhmmsstnnp} with p '+' or '-', or relative
 * {@code YYMMDDhhmmss000R}.
 */
public final class SmppTime {
    private SmppTime() {
    }

    /**
     * When the given time falls, from {@code now}.
     *
     * @throws IllegalArgumentException naming what is wrong when the text is not an SMPP time
     */
    public static Instant resolve(String text, Instant now) {
        if (text == null || text.length() != 16) {
            throw new IllegalArgumentException("an SMPP time has 16 characters, got '" + text + "'");
        }
        for (int i = 0; i < 15; i++) {
            if (i != 12 && !Character.isDigit(text.charAt(i))) {
                throw new IllegalArgumentException("non-digit at position " + (i + 1) + " of SMPP time '" + text + "'");
            }
        }
        int years = number(text, 0);
        int months = number(text, 2);
        int days = number(text, 4);
        int hours = number(text, 6);
        int minutes = number(text, 8);
        int seconds = number(text, 10);
        char kind = text.charAt(15);
        if (kind == 'R') {
            LocalDateTime base = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            return base.plusYears(years).plusMonths(months).plusDays(days)
                    .plusHours(hours).plusMinutes(minutes).plusSeconds(seconds)
                    .toInstant(ZoneOffset.UTC);
        }
        if (kind != '+' && kind != '-') {
            throw new IllegalArgumentException("SMPP time '" + text + "' ends in '" + kind + "', not '+', '-' or 'R'");
        }
        int tenths = Character.digit(text.charAt(12), 10);
        int quarters = number(text, 13);
        if (quarters > 48) {
            throw new IllegalArgumentException("SMPP time '" + text + "' has a UTC offset of " + quarters + " quarter hours");
        }
        try {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((kind == '+' ? 1 : -1) * quarters * 15 * 60);
            return LocalDateTime.of(2000 + years, months, days, hours, minutes, seconds, tenths * 100_000_000)
                    .toInstant(offset);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("SMPP time '" + text + "' is not a valid date: " + e.getMessage(), e);
        }
    }

    /** How long from now the given time is (negative when it is in the past). */
    public static Duration fromNow(String text, Instant now) {
        return Duration.between(now, resolve(text, now));
    }

    private static int number(String text, int at) {
        try {
            return Integer.parseInt(text.substring(at, at + 2));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("bad number at position " + (at + 1) + " of SMPP time '" + text + "'", e);
        }
    }
}
