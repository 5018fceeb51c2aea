package org.smppconnector.simulator.control;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a JSON request body, read by type. Every error names its field; a field the
 * route does not know is an error too, so that a typo never passes as "not given".
 */
final class RequestFields {
    private final Map<String, Object> fields;

    private RequestFields(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** Reads a body that must be a JSON object (an empty body is an empty object). */
    static RequestFields parse(String body) {
        if (body.isBlank()) {
            return new RequestFields(Map.of());
        }
        Object value;
        try {
            value = Json.parse(body);
        } catch (Json.JsonException e) {
            throw new BadRequestException(null, "the body is not JSON: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new BadRequestException(null, "the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return new RequestFields(map);
    }

    /** Refuses any field not among these. */
    RequestFields allowOnly(String... names) {
        Set<String> unknown = new LinkedHashSet<>(fields.keySet());
        unknown.removeAll(List.of(names));
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new BadRequestException(first, "unknown field '" + first + "'; expected " + List.of(names));
        }
        return this;
    }

    boolean has(String name) {
        return fields.get(name) != null;
    }

    String string(String name) {
        String value = optionalString(name, null);
        if (value == null) {
            throw new BadRequestException(name, "field '" + name + "' is required");
        }
        return value;
    }

    String optionalString(String name, String otherwise) {
        Object value = fields.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof String)) {
            throw new BadRequestException(name, "field '" + name + "' must be a string");
        }
        return (String) value;
    }

    boolean optionalBoolean(String name, boolean otherwise) {
        Object value = fields.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean)) {
            throw new BadRequestException(name, "field '" + name + "' must be true or false");
        }
        return (Boolean) value;
    }

    /** An integer in [min, max]. */
    long optionalLong(String name, long otherwise, long min, long max) {
        Object value = fields.get(name);
        if (value == null) {
            return otherwise;
        }
        long number;
        try {
            if (!(value instanceof BigDecimal)) {
                throw new ArithmeticException();
            }
            number = ((BigDecimal) value).longValueExact();
        } catch (ArithmeticException e) {
            throw new BadRequestException(name, "field '" + name + "' must be a whole number");
        }
        if (number < min || number > max) {
            throw new BadRequestException(name, "field '" + name + "' must be between " + min + " and " + max
                    + ", got " + number);
        }
        return number;
    }

    int optionalInt(String name, int otherwise, int min, int max) {
        return (int) optionalLong(name, otherwise, min, max);
    }
}
