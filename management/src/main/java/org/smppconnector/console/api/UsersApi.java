package org.smppconnector.console.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.smppconnector.console.audit.AuditLog;
import org.smppconnector.console.auth.ApiTokens;
import org.smppconnector.console.auth.Authenticator;
import org.smppconnector.console.auth.ConsoleSessions;
import org.smppconnector.console.auth.PasswordHasher;
import org.smppconnector.console.auth.Principal;
import org.smppconnector.console.auth.Role;
import org.smppconnector.console.auth.User;
import org.smppconnector.console.auth.UserRepository;
import org.smppconnector.console.auth.UserRules;
import java.util.List;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.ApiException;
import org.smppconnector.console.http.JsonBody;
import org.smppconnector.console.http.Responses;

/**
 * Console users ({@code /api/users}, administrators only for changes) and the signed-in user's
 * own settings ({@code /api/me}): its API token, shown once when issued, and its password.
 */
public final class UsersApi implements RouteGroup {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Authenticator authenticator;
    private final ConsoleSessions sessions;
    private final ApiTokens tokens;
    private final AuditLog audit;

    public UsersApi(UserRepository users, PasswordHasher hasher, Authenticator authenticator, ConsoleSessions sessions,
                    ApiTokens tokens, AuditLog audit) {
        this.users = users;
        this.hasher = hasher;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/users", this::list),
                Route.post("/api/users", this::create),
                Route.delete("/api/users/{username}", this::delete),
                Route.get("/api/me", this::me),
                Route.post("/api/me/token", this::issueToken),
                Route.delete("/api/me/token", this::revokeToken),
                Route.put("/api/me/password", this::changePassword));
    }

    private void list(ServerRequest req, ServerResponse res) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (User user : users.list()) {
            list.add(describe(user));
        }
        Responses.json(res, Json.createObjectBuilder().add("users", list).build());
    }

    private void create(ServerRequest req, ServerResponse res) {
        JsonBody body = JsonBody.read(req);
        String username = body.requiredString("username");
        String password = body.requiredString("password");
        String roleText = body.string("role").orElse(Role.VIEWER.label());
        if (username != null) {
            UserRules.checkUsername(username).ifPresent(problem -> body.error("username", problem));
        }
        if (password != null) {
            UserRules.checkPassword(username, password).ifPresent(problem -> body.error("password", problem));
        }
        Role role = null;
        try {
            role = Role.of(roleText);
        } catch (IllegalArgumentException e) {
            body.error("role", "must be admin or viewer");
        }
        body.check();
        if (users.find(username).isPresent()) {
            throw ApiException.conflict("username", "a user of that name exists");
        }
        User user = users.create(username, hasher.hash(password), role);
        audit.record(Principal.of(req).username(), AuditLog.USER_CREATED, username, "role " + role.label());
        Responses.json(res, Status.CREATED_201, describe(user));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        String username = req.path().pathParameters().get("username");
        User user = users.find(username).orElseThrow(() -> ApiException.notFound("no user " + username));
        if (user.role() == Role.ADMIN && users.countAdmins() <= 1) {
            throw ApiException.conflict("username", "the last administrator cannot be deleted");
        }
        users.delete(username);
        sessions.closeAll(username);
        authenticator.forget(username);
        audit.record(Principal.of(req).username(), AuditLog.USER_DELETED, username, null);
        Responses.noContent(res);
    }

    private void me(ServerRequest req, ServerResponse res) {
        User user = Principal.of(req).user();
        Responses.json(res, Json.createObjectBuilder(describe(user))
                .add("hasToken", users.hasToken(user.id()))
                .add("authenticatedBy", Principal.of(req).method().name().toLowerCase(java.util.Locale.ROOT))
                .build());
    }

    private void issueToken(ServerRequest req, ServerResponse res) {
        User user = Principal.of(req).user();
        String token = tokens.newToken();
        users.setTokenHash(user.id(), ApiTokens.hash(token));
        audit.record(user.username(), AuditLog.TOKEN_ISSUED, user.username(), "replaces any earlier token");
        Responses.json(res, Status.CREATED_201, Json.createObjectBuilder()
                .add("token", token)
                .add("note", "shown once: keep it now; send it as Authorization: Bearer <token>")
                .build());
    }

    private void revokeToken(ServerRequest req, ServerResponse res) {
        User user = Principal.of(req).user();
        users.setTokenHash(user.id(), null);
        audit.record(user.username(), AuditLog.TOKEN_REVOKED, user.username(), null);
        Responses.noContent(res);
    }

    private void changePassword(ServerRequest req, ServerResponse res) {
        User user = Principal.of(req).user();
        JsonBody body = JsonBody.read(req);
        String current = body.requiredString("currentPassword");
        String next = body.requiredString("newPassword");
        if (next != null) {
            UserRules.checkPassword(user.username(), next).ifPresent(problem -> body.error("newPassword", problem));
        }
        body.check();
        if (authenticator.checkPassword(user.username(), current).isEmpty()) {
            throw ApiException.badField("currentPassword", "is not the current password");
        }
        users.setPasswordHash(user.id(), hasher.hash(next));
        authenticator.forget(user.username());
        sessions.closeAll(user.username());
        audit.record(user.username(), AuditLog.PASSWORD_CHANGED, user.username(), null);
        Responses.noContent(res);
    }

    private static JsonObject describe(User user) {
        return Json.createObjectBuilder()
                .add("username", user.username())
                .add("role", user.role().label())
                .build();
    }
}
