package org.smppconnector.console.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP client of the console as the pages use it (session cookie, CSRF token, the
 * X-Requested-With mark) or as an API client (Basic, Bearer). Every call returns the raw
 * response, so tests can check refusals as closely as successes.
 */
public final class ConsoleClient {

    private final String base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private ConsoleClient(String base, HttpClient http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    private ConsoleClient(ConsoleClient other) {
        this(other.base, other.http);
        headers.putAll(other.headers);
    }

    public static ConsoleClient anonymous(String base) {
        return new ConsoleClient(base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** Signs in as the pages do and keeps the cookie and the CSRF token. */
    public static ConsoleClient signIn(String base, String username, String password) {
        ConsoleClient client = new ConsoleClient(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build())
                .header("X-Requested-With", "test");
        HttpResponse<String> response = client.post("/auth/login", Json.createObjectBuilder()
                .add("username", username).add("password", password).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return client.header("X-CSRF-Token", json(response).getString("csrfToken"));
    }

    public static ConsoleClient basic(String base, String username, String password) {
        return anonymous(base).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static ConsoleClient bearer(String base, String token) {
        return anonymous(base).header("Authorization", "Bearer " + token);
    }

    /** A client like this one (same cookies) that also sends this header. */
    public ConsoleClient header(String name, String value) {
        ConsoleClient copy = new ConsoleClient(this);
        copy.headers.put(name, value);
        return copy;
    }

    /** A client like this one (same cookies) without this header. */
    public ConsoleClient withoutHeader(String name) {
        ConsoleClient copy = new ConsoleClient(this);
        copy.headers.remove(name);
        return copy;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json").POST(publisher(body)));
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher publisher(JsonStructure body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
