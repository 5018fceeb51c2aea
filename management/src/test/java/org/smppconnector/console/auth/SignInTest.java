package org.smppconnector.console.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.testing.ConsoleClient;
import org.smppconnector.console.testing.TestConsole;

/** Signing in and out, the session cookie, CSRF, Basic and token authentication, on the real server. */
class SignInTest {

    private static TestConsole console;

    @BeforeAll
    static void start() {
        console = TestConsole.start();
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void anApiCallWithoutCredentialsIsRefusedWithABasicChallenge() {
        HttpResponse<String> response = console.anonymous().get("/api/me");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        assertEquals(List.of(), errorsWithField(response));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void thePagesGetNoChallengeSoTheBrowserShowsNoDialog() {
        HttpResponse<String> response = console.anonymous().header("X-Requested-With", "console").get("/api/me");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty());
    }

    @Test
    void aPageWithoutSignInRedirectsToTheSignInPage() {
        HttpResponse<String> response = console.anonymous().get("/sessions.html?account=a");
        assertEquals(303, response.statusCode());
        assertEquals("/login.html?next=%2Fsessions.html%3Faccount%3Da", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theSignInPageAndStaticAssetsAreOpen() {
        assertEquals(200, console.anonymous().get("/login.html").statusCode());
        assertEquals(200, console.anonymous().get("/js/console.js").statusCode());
        assertEquals(200, console.anonymous().get("/css/console.css").statusCode());
        assertEquals(200, console.anonymous().get("/health").statusCode());
    }

    @Test
    void signInSetsAnHttpOnlySameSiteStrictCookieAndGivesTheCsrfToken() {
        HttpResponse<String> response = console.anonymous().post("/auth/login", Json.createObjectBuilder()
                .add("username", TestConsole.ADMIN).add("password", TestConsole.ADMIN_PASSWORD).build());
        assertEquals(200, response.statusCode());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(Authenticator.SESSION_COOKIE + "="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
        JsonObject body = ConsoleClient.json(response);
        assertEquals("admin", body.getString("role"));
        assertTrue(body.getString("csrfToken").length() >= 40);
    }

    @Test
    void aWrongPasswordIsRefusedWith401() {
        HttpResponse<String> response = console.anonymous().post("/auth/login", Json.createObjectBuilder()
                .add("username", TestConsole.ADMIN).add("password", "not-the-password").build());
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void missingCredentialsAreNamed() {
        HttpResponse<String> response = console.anonymous().post("/auth/login", Json.createObjectBuilder()
                .add("username", 42).build());
        assertEquals(400, response.statusCode());
        assertEquals(List.of("username", "password"), errorsWithField(response));
    }

    @Test
    void aFormPostCannotSignIn() {
        HttpResponse<String> response = console.anonymous().post("/auth/login", "application/x-www-form-urlencoded",
                "username=admin&password=" + TestConsole.ADMIN_PASSWORD);
        assertEquals(415, response.statusCode());
    }

    @Test
    void malformedJsonIsA400WithoutDetailsOfTheParser() {
        HttpResponse<String> response = console.anonymous().post("/auth/login", "application/json", "{\"username\":");
        assertEquals(400, response.statusCode());
        assertEquals("the body is not valid JSON",
                ConsoleClient.json(response).getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void aCookieRequestThatChangesStateNeedsTheCsrfToken() {
        ConsoleClient admin = console.admin();
        assertEquals(201, admin.post("/api/me/token", Json.createObjectBuilder().build()).statusCode());

        HttpResponse<String> forged = admin.header("X-CSRF-Token", "forged").post("/api/me/token",
                Json.createObjectBuilder().build());
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("X-CSRF-Token"), forged.body());

        assertEquals(403, admin.withoutHeader("X-CSRF-Token").delete("/api/me/token").statusCode());
        // Reading needs no token.
        assertEquals(200, admin.get("/api/me").statusCode());
    }

    @Test
    void signOutEndsTheSession() {
        ConsoleClient admin = console.signInAdmin();
        assertEquals(200, admin.get("/api/me").statusCode());
        assertEquals(204, admin.post("/auth/logout", Json.createObjectBuilder().build()).statusCode());
        assertEquals(401, admin.get("/api/me").statusCode());
    }

    @Test
    void basicCredentialsNeedNoCsrfTokenAndWrongOnesAreRefused() {
        ConsoleClient basic = ConsoleClient.basic(console.url(), TestConsole.ADMIN, TestConsole.ADMIN_PASSWORD);
        HttpResponse<String> me = basic.get("/api/me");
        assertEquals(200, me.statusCode());
        assertEquals("basic", ConsoleClient.json(me).getString("authenticatedBy"));
        assertEquals(201, basic.post("/api/me/token", Json.createObjectBuilder().build()).statusCode());

        assertEquals(401, ConsoleClient.basic(console.url(), TestConsole.ADMIN, "wrong-password-1").get("/api/me")
                .statusCode());
        assertEquals(401, ConsoleClient.basic(console.url(), "nobody", TestConsole.ADMIN_PASSWORD).get("/api/me")
                .statusCode());
    }

    @Test
    void anApiTokenAuthenticatesUntilRevokedOrReplaced() {
        ConsoleClient admin = console.admin();
        String first = ConsoleClient.json(admin.post("/api/users", Json.createObjectBuilder()
                .add("username", "tokenuser").add("password", "tokenuser-password").add("role", "viewer").build()))
                .getString("username");
        assertEquals("tokenuser", first);
        ConsoleClient user = ConsoleClient.signIn(console.url(), "tokenuser", "tokenuser-password");
        String token = ConsoleClient.json(user.post("/api/me/token", Json.createObjectBuilder().build())).getString("token");

        HttpResponse<String> me = ConsoleClient.bearer(console.url(), token).get("/api/me");
        assertEquals(200, me.statusCode());
        assertEquals("tokenuser", ConsoleClient.json(me).getString("username"));
        assertEquals("token", ConsoleClient.json(me).getString("authenticatedBy"));

        String second = ConsoleClient.json(user.post("/api/me/token", Json.createObjectBuilder().build())).getString("token");
        assertEquals(401, ConsoleClient.bearer(console.url(), token).get("/api/me").statusCode());
        assertEquals(200, ConsoleClient.bearer(console.url(), second).get("/api/me").statusCode());

        assertEquals(204, ConsoleClient.bearer(console.url(), second).delete("/api/me/token").statusCode());
        assertEquals(401, ConsoleClient.bearer(console.url(), second).get("/api/me").statusCode());
    }

    @Test
    void aViewerMayLookButNotChange() {
        ConsoleClient admin = console.admin();
        assertEquals(201, admin.post("/api/users", Json.createObjectBuilder()
                .add("username", "viewer1").add("password", "viewer1-password").build()).statusCode());
        ConsoleClient viewer = ConsoleClient.signIn(console.url(), "viewer1", "viewer1-password");
        assertEquals(200, viewer.get("/api/users").statusCode());
        HttpResponse<String> refused = viewer.post("/api/users", Json.createObjectBuilder()
                .add("username", "other").add("password", "other-password").build());
        assertEquals(403, refused.statusCode());
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() {
        ConsoleClient admin = console.admin();
        admin.post("/api/users", Json.createObjectBuilder()
                .add("username", "guessed").add("password", "guessed-password").build());
        int status = 0;
        for (int i = 0; i <= LoginThrottle.MAX_FAILURES; i++) {
            status = console.anonymous().post("/auth/login", Json.createObjectBuilder()
                    .add("username", "guessed").add("password", "guess-" + i).build()).statusCode();
        }
        assertEquals(429, status);
        // Even the right password waits out the window.
        assertEquals(429, console.anonymous().post("/auth/login", Json.createObjectBuilder()
                .add("username", "guessed").add("password", "guessed-password").build()).statusCode());
    }

    static List<String> errorsWithField(HttpResponse<String> response) {
        return ConsoleClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.isNull("field")).map(e -> e.getString("field")).toList();
    }
}
