package org.smppconnector.ra.outbound;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** SMPP's time format (3.4, 7.1.1): absolute {@code YYMMDDhhmmsstnnp}, relative {@code YYMMDDhhmmss000R}. */
final class SmppTime {

    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final int MAX_DAYS_FIELD = 99;

    private SmppTime() {
    }

    /** A relative time: up to 99 days in the days field, longer in years, months (30 days) and days. */
    static String relative(Duration duration) {
        long seconds = duration.getSeconds();
        long days = seconds / 86_400;
        long years = 0;
        long months = 0;
        if (days > MAX_DAYS_FIELD) {
            years = days / 365;
            months = days % 365 / 30;
            days = days % 365 % 30;
        }
        long rest = seconds % 86_400;
        return String.format("%02d%02d%02d%02d%02d%02d000R", years, months, days, rest / 3600, rest % 3600 / 60, rest % 60);
    }

    /** An absolute time in UTC. */
    static String absolute(Instant instant) {
        return ABSOLUTE.format(instant) + "000+";
    }

    /** Reads an absolute time (as query_sm_resp's final_date); null when empty or unreadable. */
    static OffsetDateTime parseAbsolute(String value) {
        if (value == null || value.length() != 16 || value.charAt(15) == 'R') {
            return null;
        }
        try {
            int quarters = Integer.parseInt(value.substring(13, 15));
            int sign = value.charAt(15) == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(sign * quarters * 15 * 60);
            return OffsetDateTime.of(2000 + Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)),
                    Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)),
                    Integer.parseInt(value.substring(8, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 13)) * 100_000_000, offset);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
