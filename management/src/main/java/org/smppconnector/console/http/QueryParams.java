package org.smppconnector.console.http;

import io.helidon.common.uri.UriQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's query parameters, read with typed accessors that collect every problem under
 * the parameter's name; {@link #check()} refuses the request with all of them.
 */
public final class QueryParams {

    private final UriQuery query;
    private final List<FieldError> errors = new ArrayList<>();

    public QueryParams(UriQuery query) {
        this.query = query;
    }

    /** The parameter, or null when absent or blank. */
    public String string(String name, int maxLength) {
        if (!query.contains(name)) {
            return null;
        }
        String value = query.get(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(name, "at most " + maxLength + " characters"));
            return null;
        }
        return value;
    }

    public int integer(String name, int min, int max, int otherwise) {
        String text = string(name, 12);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number " + min + ".." + max));
        return otherwise;
    }

    /** An ISO-8601 instant ({@code 2025-01-31T12:00:00Z}); null when absent. */
    public Instant instant(String name) {
        String text = string(name, 40);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                errors.add(new FieldError(name, "must be an ISO-8601 time such as 2025-01-31T12:00:00Z"));
                return null;
            }
        }
    }

    /** One of the enum's constants by name, case-insensitive; null when absent. */
    public <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        String text = string(name, 40);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            errors.add(new FieldError(name, "must be one of " + String.join(", ", names)));
            return null;
        }
    }

    public Optional<String> optional(String name, int maxLength) {
        return Optional.ofNullable(string(name, maxLength));
    }

    public void error(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw ApiException.badFields(errors);
        }
    }
}
