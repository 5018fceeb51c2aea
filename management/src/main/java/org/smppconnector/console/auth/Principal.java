package org.smppconnector.console.auth;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * Who sent a request and how; the auth filter puts it in the request's context.
 *
 * @param session the browser session, when {@code method} is {@link AuthMethod#SESSION}
 */
public record Principal(User user, AuthMethod method, ConsoleSession session) {

    /** The request's principal; every route behind the auth filter has one. */
    public static Principal of(ServerRequest req) {
        return find(req).orElseThrow(() -> new IllegalStateException("no principal: route not behind AuthFilter"));
    }

    public static Optional<Principal> find(ServerRequest req) {
        return req.context().get(Principal.class);
    }

    public String username() {
        return user.username();
    }
}
