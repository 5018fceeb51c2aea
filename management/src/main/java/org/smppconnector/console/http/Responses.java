package org.smppconnector.console.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes JSON answers, and the error shape every refusal shares. */
public final class Responses {

    public static final String JSON = "application/json; charset=UTF-8";

    private Responses() {
    }

    public static void json(ServerResponse res, JsonStructure body) {
        json(res, Status.OK_200, body);
    }

    public static void json(ServerResponse res, Status status, JsonStructure body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(toText(body).getBytes(StandardCharsets.UTF_8));
    }

    public static void noContent(ServerResponse res) {
        res.status(Status.NO_CONTENT_204);
        res.send();
    }

    /** {@code {"errors":[{"field":..., "message":...}]}}. */
    public static JsonStructure errors(List<FieldError> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FieldError error : errors) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            item.add("field", error.field() == null ? JsonValue.NULL : Json.createValue(error.field()));
            item.add("message", error.message());
            list.add(item);
        }
        return Json.createObjectBuilder().add("errors", list).build();
    }

    public static String toText(JsonStructure body) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.write(body);
        }
        return out.toString();
    }
}
