package org.smppconnector.console.auth;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.ApiException;
import org.smppconnector.console.http.JsonBody;
import org.smppconnector.console.http.Responses;

/**
 * Signing in and out of the pages. {@code POST /auth/login} takes
 * {@code {"username","password"}} as JSON and sets the session cookie (HttpOnly,
 * SameSite=Strict, Secure over TLS); its answer and {@code GET /auth/session} give the pages
 * the CSRF token to send back.
 */
public final class AuthRoutes implements RouteGroup {

    private final Authenticator authenticator;
    private final ConsoleSessions sessions;
    private final boolean secureCookies;

    /** @param secureCookies mark cookies Secure even on plain HTTP (TLS ends at a proxy in front) */
    public AuthRoutes(Authenticator authenticator, ConsoleSessions sessions, boolean secureCookies) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.secureCookies = secureCookies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post(Paths.LOGIN, this::login),
                Route.post(Paths.LOGOUT, this::logout),
                Route.get(Paths.SESSION, this::session));
    }

    private void login(ServerRequest req, ServerResponse res) {
        JsonBody body = JsonBody.read(req);
        String username = body.requiredString("username");
        String password = body.requiredString("password");
        body.check();
        User user = authenticator.checkPassword(username, password)
                .orElseThrow(() -> ApiException.unauthorized("unknown user or wrong password"));
        ConsoleSession session = sessions.open(user);
        res.headers().addCookie(cookie(req, session.id()).build());
        Responses.json(res, describe(session));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        Principal principal = Principal.of(req);
        if (principal.session() != null) {
            sessions.close(principal.session());
        }
        res.headers().addCookie(cookie(req, "").maxAge(java.time.Duration.ZERO).build());
        Responses.noContent(res);
    }

    private void session(ServerRequest req, ServerResponse res) {
        Principal principal = Principal.of(req);
        if (principal.session() == null) {
            throw ApiException.badRequest("only a signed-in browser has a session");
        }
        Responses.json(res, describe(principal.session()));
    }

    private SetCookie.Builder cookie(ServerRequest req, String value) {
        return SetCookie.builder(Authenticator.SESSION_COOKIE, value)
                .path("/")
                .httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT)
                .secure(secureCookies || req.isSecure());
    }

    private static JsonObject describe(ConsoleSession session) {
        return Json.createObjectBuilder()
                .add("username", session.user().username())
                .add("role", session.user().role().label())
                .add("csrfToken", session.csrfToken())
                .build();
    }
}
