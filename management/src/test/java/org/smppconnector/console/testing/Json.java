package org.smppconnector.console.testing;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Reading the API's answers in tests. */
public final class Json {

    private Json() {
    }

    /** The fields named by a refusal's errors, in order (null for errors about no field). */
    public static List<String> errorFields(HttpResponse<String> response) {
        return ConsoleClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.isNull("field") ? null : e.getString("field")).toList();
    }

    /** The message of the error naming {@code field}. */
    public static String errorMessage(HttpResponse<String> response, String field) {
        return ConsoleClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.isNull("field") && e.getString("field").equals(field))
                .map(e -> e.getString("message")).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + response.body()));
    }

    public static jakarta.json.JsonObjectBuilder object() {
        return jakarta.json.Json.createObjectBuilder();
    }

    public static jakarta.json.JsonArrayBuilder array() {
        return jakarta.json.Json.createArrayBuilder();
    }
}
