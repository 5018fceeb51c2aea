package org.smppconnector.it.micro;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The sample's REST API as the tests call it: http://127.0.0.1:PORT/sample/... */
public final class SampleClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SampleClient(URI base) {
        this.base = base;
    }

    /** The sample on the port Maven reserved for Payara Micro. */
    public static SampleClient onReservedPort() {
        return new SampleClient(URI.create("http://127.0.0.1:" + Integer.getInteger("it.http.port") + "/sample/"));
    }

    /** An answer: its status and JSON body. */
    public record Answer(int status, JsonObject body) {

        public List<String> messageIds() {
            return body.getJsonArray("messageIds").getValuesAs(JsonString::getString);
        }
    }

    public Answer send(String account, String to, String text, boolean receipt) {
        return post("messages", Json.createObjectBuilder().add("account", account).add("to", to)
                .add("text", text).add("receipt", receipt).build().toString());
    }

    public Answer post(String path, String body) {
        return call(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer get(String pathAndQuery) {
        return call(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT).GET().build());
    }

    /** The receipts recorded for a message id (on every account). */
    public List<JsonObject> receipts(String messageId) {
        return get("receipts?messageId=" + URLEncoder.encode(messageId, StandardCharsets.UTF_8))
                .body().getJsonArray("receipts").getValuesAs(JsonObject.class);
    }

    /** Waits for the receipts of a message id on an account to satisfy the condition. */
    public List<JsonObject> awaitReceipts(String account, String messageId, Predicate<List<JsonObject>> condition,
            String description) {
        return Poll.until(description + " (receipts of " + account + "/" + messageId + ")", Duration.ofSeconds(20),
                () -> {
                    List<JsonObject> receipts = receipts(messageId).stream()
                            .filter(receipt -> receipt.getString("account").equals(account)).toList();
                    return condition.test(receipts) ? receipts : null;
                });
    }

    public List<JsonObject> inbound() {
        return get("inbound?limit=1000").body().getJsonArray("messages").getValuesAs(JsonObject.class);
    }

    private Answer call(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), json(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
            return Json.createObjectBuilder().add("raw", body == null ? "" : body).build();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }
}
