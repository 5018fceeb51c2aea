package org.smppconnector.console.http;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's JSON object, read with typed accessors that collect every problem (wrong
 * type, out of range) under the field's name instead of stopping at the first; {@link #check()}
 * then refuses the request with all of them at once.
 */
public final class JsonBody {

    private final JsonObject object;
    private final String prefix;
    private final List<FieldError> errors;

    private JsonBody(JsonObject object, String prefix, List<FieldError> errors) {
        this.object = object;
        this.prefix = prefix;
        this.errors = errors;
    }

    /**
     * Reads the body as a JSON object. Only {@code application/json} is accepted: a cross-site
     * HTML form cannot send it, which keeps Basic-authenticated browsers safe from forged posts.
     */
    public static JsonBody read(ServerRequest req) {
        if (!req.headers().contentType().map(t -> t.test(MediaTypes.APPLICATION_JSON)).orElse(false)) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    List.of(FieldError.general("the body must be application/json")));
        }
        String text = req.content().hasEntity() ? req.content().as(String.class) : "";
        return parse(text);
    }

    public static JsonBody parse(String text) {
        if (text.isBlank()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return new JsonBody(value.asJsonObject(), "", new ArrayList<>());
        } catch (JsonException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
    }

    public JsonObject object() {
        return object;
    }

    public boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    /** Whether the field is given at all, null included: null resets a setting, absence keeps it. */
    public boolean present(String name) {
        return object.containsKey(name);
    }

    /** The full name of a field of this object, for error messages. */
    public String path(String name) {
        return prefix + name;
    }

    public void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Refuses the request with every problem found so far. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ApiException.badFields(errors);
        }
    }

    public Optional<String> string(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        error(name, "must be a string");
        return Optional.empty();
    }

    /** A string that must be present and not blank. */
    public String requiredString(String name) {
        Optional<String> value = string(name);
        if (value.isEmpty() || value.get().isBlank()) {
            if (value.isPresent() || !errorNamed(name)) {
                error(name, "must be given");
            }
            return null;
        }
        return value.get();
    }

    public Optional<Integer> integer(String name, int min, int max) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            error(name, "must be a whole number");
            return Optional.empty();
        }
        long v;
        try {
            v = n.longValueExact();
        } catch (ArithmeticException e) {
            error(name, "must be " + min + ".." + max);
            return Optional.empty();
        }
        if (v < min || v > max) {
            error(name, "must be " + min + ".." + max + ": " + v);
            return Optional.empty();
        }
        return Optional.of((int) v);
    }

    public Optional<Boolean> bool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (value == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (value == JsonValue.FALSE) {
            return Optional.of(false);
        }
        error(name, "must be true or false");
        return Optional.empty();
    }

    /** The elements of an array field, each as a string; null when absent or wrong. */
    public List<String> strings(String name) {
        if (!has(name)) {
            return null;
        }
        if (!(object.get(name) instanceof JsonArray array)) {
            error(name, "must be an array of strings");
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s) {
                result.add(s.getString());
            } else {
                errors.add(new FieldError(path(name) + "[" + i + "]", "must be a string"));
            }
        }
        return result;
    }

    /** The elements of an array field, each as a whole number in range; null when absent or wrong. */
    public List<Integer> integers(String name, int min, int max) {
        if (!has(name)) {
            return null;
        }
        if (!(object.get(name) instanceof JsonArray array)) {
            error(name, "must be an array of numbers");
            return null;
        }
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= min && n.longValue() <= max) {
                result.add(n.intValue());
            } else {
                errors.add(new FieldError(path(name) + "[" + i + "]", "must be a whole number " + min + ".." + max));
            }
        }
        return result;
    }

    /** The objects of an array field, each readable with the same accessors; null when absent or wrong. */
    public List<JsonBody> objects(String name) {
        if (!has(name)) {
            return null;
        }
        if (!(object.get(name) instanceof JsonArray array)) {
            error(name, "must be an array of objects");
            return null;
        }
        List<JsonBody> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path(name) + "[" + i + "]";
            if (array.get(i) instanceof JsonObject item) {
                result.add(new JsonBody(item, itemPath + ".", errors));
            } else {
                errors.add(new FieldError(itemPath, "must be an object"));
            }
        }
        return result;
    }

    /** A nested object field; null when absent or not an object. */
    public JsonBody child(String name) {
        if (!has(name)) {
            return null;
        }
        if (!(object.get(name) instanceof JsonObject item)) {
            error(name, "must be an object");
            return null;
        }
        return new JsonBody(item, path(name) + ".", errors);
    }

    private boolean errorNamed(String name) {
        String full = path(name);
        return errors.stream().anyMatch(e -> full.equals(e.field()));
    }
}
