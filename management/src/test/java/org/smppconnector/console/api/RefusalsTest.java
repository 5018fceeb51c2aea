package org.smppconnector.console.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.console.testing.Json.errorFields;
import static org.smppconnector.console.testing.Json.object;

import io.helidon.http.Method;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.Console;
import org.smppconnector.console.auth.Paths;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.testing.ConsoleClient;
import org.smppconnector.console.testing.TestConsole;

/**
 * Every route the console serves, taken from the console's own route list: refused without
 * credentials (401), and, when it changes state, refused with a forged CSRF token (403).
 */
class RefusalsTest {

    private static TestConsole console;
    private static List<Route> routes;

    @BeforeAll
    static void start() {
        console = TestConsole.shared();
        routes = new ArrayList<>();
        for (RouteGroup group : new Console(console.store(), Clock.systemUTC(), false).routeGroups()) {
            routes.addAll(group.routes());
        }
        assertEquals(201, console.admin().post("/api/accounts", object().add("name", "refusals").add("provider", "generic")
                .add("hosts", "localhost").add("systemId", "x").build()).statusCode());
    }

    @Test
    void everyRouteButSignInNeedsCredentials() {
        List<String> checked = new ArrayList<>();
        for (Route route : routes) {
            if (route.path().equals(Paths.LOGIN)) {
                continue;
            }
            HttpResponse<String> response = send(console.anonymous(), route);
            assertEquals(401, response.statusCode(), route.method().text() + " " + route.path() + ": " + response.body());
            assertTrue(response.body().startsWith("{\"errors\":["), response.body());
            checked.add(route.method().text() + " " + route.path());
        }
        assertEquals(routes.size() - 1, checked.size());
        assertTrue(checked.contains("GET /api/messages/{id}"), checked.toString());
    }

    @Test
    void everyStateChangingRouteRefusesAForgedCsrfToken() {
        ConsoleClient admin = console.admin().header("X-CSRF-Token", "forged-token");
        List<String> checked = new ArrayList<>();
        for (Route route : routes) {
            if (route.method() == Method.GET || route.path().equals(Paths.LOGIN)) {
                continue;
            }
            HttpResponse<String> response = send(admin, route);
            assertEquals(403, response.statusCode(), route.method().text() + " " + route.path() + ": " + response.body());
            checked.add(route.method().text() + " " + route.path());
        }
        assertTrue(checked.contains("DELETE /api/accounts/{name}"), checked.toString());
        assertTrue(checked.contains("PUT /api/accounts/{name}/bind-groups"), checked.toString());
        // The forged requests changed nothing.
        assertEquals(200, console.admin().get("/api/accounts/refusals").statusCode());
    }

    @Test
    void aMissingCsrfTokenIsRefusedToo() {
        ConsoleClient admin = console.admin().withoutHeader("X-CSRF-Token");
        assertEquals(403, admin.delete("/api/accounts/refusals").statusCode());
        assertEquals(200, console.admin().get("/api/accounts/refusals").statusCode());
    }

    @Test
    void userFieldsAreNamed() {
        ConsoleClient admin = console.admin();
        HttpResponse<String> user = admin.post("/api/users", object().add("username", "has space")
                .add("password", "short").add("role", "root").build());
        assertEquals(400, user.statusCode());
        assertEquals(List.of("username", "password", "role"), errorFields(user));

        HttpResponse<String> password = admin.put("/api/me/password", object().add("newPassword", "short").build());
        assertEquals(400, password.statusCode());
        assertEquals(List.of("currentPassword", "newPassword"), errorFields(password));

        HttpResponse<String> wrongCurrent = admin.put("/api/me/password", object().add("currentPassword", "not-it-at-all")
                .add("newPassword", "a-new-long-password").build());
        assertEquals(400, wrongCurrent.statusCode());
        assertEquals(List.of("currentPassword"), errorFields(wrongCurrent));
    }

    @Test
    void usersCannotBeDuplicatedAndTheLastAdministratorStays() {
        ConsoleClient admin = console.admin();
        HttpResponse<String> duplicate = admin.post("/api/users", object().add("username", TestConsole.ADMIN)
                .add("password", "another-password").build());
        assertEquals(409, duplicate.statusCode());
        assertEquals(List.of("username"), errorFields(duplicate));
        assertEquals(404, admin.delete("/api/users/nobody").statusCode());
        HttpResponse<String> last = admin.delete("/api/users/" + TestConsole.ADMIN);
        assertEquals(409, last.statusCode());
        assertEquals(200, admin.get("/api/me").statusCode());
    }

    @Test
    void noRefusalCarriesAStackTrace() {
        ConsoleClient admin = console.admin();
        List<HttpResponse<String>> refusals = List.of(
                admin.post("/api/accounts", "application/json", "[1,2]"),
                admin.post("/api/accounts", "application/json", "{\"name\":"),
                admin.post("/api/accounts", "text/plain", "name=x"),
                admin.get("/api/messages/12345678901234567890"),
                admin.get("/api/messages?limit=99999999999999"),
                admin.put("/api/accounts/refusals", object().add("port", "x").add("tls", 3).build()));
        for (HttpResponse<String> response : refusals) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.body());
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("\tat "), response.body());
            assertTrue(response.body().startsWith("{\"errors\":["), response.body());
        }
        assertEquals(List.of("port", "tls"), errorFields(refusals.get(5)));
    }

    private static HttpResponse<String> send(ConsoleClient client, Route route) {
        String path = route.path().replace("{name}", "refusals").replace("{id}", "1").replace("{username}", "nobody");
        return switch (route.method().text()) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, object().build());
            case "PUT" -> client.put(path, object().build());
            case "DELETE" -> client.delete(path);
            default -> throw new AssertionError("unexpected method " + route.method());
        };
    }
}
