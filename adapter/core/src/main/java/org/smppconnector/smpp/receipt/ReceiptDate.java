package org.smppconnector.smpp.receipt;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code submit date:} or {@code done date:} value: the text as sent, and the date it
 * denotes when it is one. Receipt dates carry no zone: they are the SMSC's local time, which
 * only the account's configuration knows, hence {@link #atZone(ZoneId)}.
 *
 * @param raw   the digits as sent, never null
 * @param value the date, or null when {@code raw} is not a possible date
 */
public record ReceiptDate(String raw, LocalDateTime value) {

    public ReceiptDate {
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Reads {@code YYMMDDhhmm} (SMPP 3.4), {@code YYMMDDhhmmss} (common) or
     * {@code YYYYMMDDhhmmss} (seen in the wild). Two-digit years are read as 20YY
     * (no receipt arriving now is about a message from the 1900s). Never throws: an impossible date keeps
     * its raw text with a null value.
     */
    public static ReceiptDate parse(String raw) {
        return new ReceiptDate(raw, toDateTime(raw));
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<LocalDateTime> dateTime() {
        return Optional.ofNullable(value);
    }

    /** The date as a point in time, given the zone the SMSC writes its dates in. */
    public Optional<ZonedDateTime> atZone(ZoneId smscZone) {
        Objects.requireNonNull(smscZone, "smscZone");
        return dateTime().map(date -> date.atZone(smscZone));
    }

    private static LocalDateTime toDateTime(String raw) {
        if (!raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int length = raw.length();
        if (length != 10 && length != 12 && length != 14) {
            return null;
        }
        int yearDigits = length == 14 ? 4 : 2;
        int year = number(raw, 0, yearDigits) + (yearDigits == 2 ? 2000 : 0);
        int at = yearDigits;
        try {
            return LocalDateTime.of(year, number(raw, at, 2), number(raw, at + 2, 2),
                    number(raw, at + 4, 2), number(raw, at + 6, 2),
                    length == 10 ? 0 : number(raw, at + 8, 2));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static int number(String digits, int from, int count) {
        return Integer.parseInt(digits, from, from + count, 10);
    }
}
