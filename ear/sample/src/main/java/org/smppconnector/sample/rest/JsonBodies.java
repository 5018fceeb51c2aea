package org.smppconnector.sample.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;

/** Reads request bodies, naming the field at fault in every error. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as a JSON object with no field but the known ones. */
    static JsonObject object(String body, Set<String> knownFields) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(null, "the body must be a JSON object; it is empty");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidRequestException(null, "the body is not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException(null, "the body must be a JSON object, not " + value.getValueType());
        }
        JsonObject object = value.asJsonObject();
        for (String field : object.keySet()) {
            if (!knownFields.contains(field)) {
                throw new InvalidRequestException(field, field + " is not a known field; expected " + knownFields);
            }
        }
        return object;
    }

    /** A string field; null when absent or JSON null. */
    static String string(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidRequestException(field, field + " must be a string");
        }
        return ((JsonString) value).getString();
    }

    static boolean bool(JsonObject object, String field, boolean absent) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw new InvalidRequestException(field, field + " must be true or false");
    }

    static int integer(JsonObject object, String field, int absent, int min, int max) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw new InvalidRequestException(field, field + " must be a whole number");
        }
        long number = ((JsonNumber) value).longValue();
        if (number < min || number > max) {
            throw new InvalidRequestException(field, field + " must be " + min + ".." + max + ", not " + number);
        }
        return (int) number;
    }
}
