package org.smppconnector.console;

import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import javax.sql.DataSource;
import org.smppconnector.console.api.UsersApi;
import org.smppconnector.console.audit.AuditLog;
import org.smppconnector.console.auth.ApiTokens;
import org.smppconnector.console.auth.AuthFilter;
import org.smppconnector.console.auth.AuthRoutes;
import org.smppconnector.console.auth.Authenticator;
import org.smppconnector.console.auth.ConsoleSessions;
import org.smppconnector.console.auth.PasswordHasher;
import org.smppconnector.console.auth.UserRepository;
import org.smppconnector.console.http.ErrorHandlers;
import org.smppconnector.console.pages.Pages;

/**
 * The console's parts over one store, wired together, and the routes they serve. Knows nothing
 * of ports or command lines: {@link ConsoleServer} does that.
 */
public final class Console {

    private final UserRepository users;
    private final PasswordHasher hasher = new PasswordHasher();
    private final ConsoleSessions sessions = new ConsoleSessions();
    private final Authenticator authenticator;
    private final AuditLog audit;
    private final ApiTokens tokens = new ApiTokens();
    private final boolean secureCookies;

    public Console(DataSource dataSource, Clock clock, boolean secureCookies) {
        this.users = new UserRepository(dataSource);
        this.authenticator = new Authenticator(users, sessions, hasher);
        this.audit = new AuditLog(dataSource, clock);
        this.secureCookies = secureCookies;
    }

    public UserRepository users() {
        return users;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public void routing(HttpRouting.Builder routing) {
        ErrorHandlers.register(routing);
        routing.addFilter(new AuthFilter(authenticator));
        routing.get("/health", (req, res) -> res.send("UP"));
        routing.register(new AuthRoutes(authenticator, sessions, secureCookies));
        routing.register("/api", new UsersApi(users, hasher, authenticator, sessions, tokens, audit));
        Pages.register(routing);
    }
}
