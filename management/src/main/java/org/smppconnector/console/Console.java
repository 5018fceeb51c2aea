package org.smppconnector.console;

import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.util.List;
import org.smppconnector.console.api.AccountsApi;
import org.smppconnector.console.api.AuditApi;
import org.smppconnector.console.api.MessagesApi;
import org.smppconnector.console.api.OpenApiDocument;
import org.smppconnector.console.api.ReceiptsApi;
import org.smppconnector.console.api.SessionsApi;
import org.smppconnector.console.api.StatsApi;
import org.smppconnector.console.api.UsersApi;
import org.smppconnector.console.audit.AuditLog;
import org.smppconnector.console.auth.ApiTokens;
import org.smppconnector.console.auth.AuthFilter;
import org.smppconnector.console.auth.AuthRoutes;
import org.smppconnector.console.auth.Authenticator;
import org.smppconnector.console.auth.ConsoleSessions;
import org.smppconnector.console.auth.PasswordHasher;
import org.smppconnector.console.auth.UserRepository;
import org.smppconnector.console.data.ReceiptQueries;
import org.smppconnector.console.http.ErrorHandlers;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.pages.Pages;
import org.smppconnector.store.SmppStore;

/**
 * The console's parts over one store, wired together, and the routes they serve. Knows nothing
 * of ports or command lines: {@link ConsoleServer} does that.
 */
public final class Console {

    private final SmppStore store;
    private final UserRepository users;
    private final PasswordHasher hasher = new PasswordHasher();
    private final ConsoleSessions sessions = new ConsoleSessions();
    private final Authenticator authenticator;
    private final AuditLog audit;
    private final ApiTokens tokens = new ApiTokens();
    private final boolean secureCookies;
    private final Clock clock;

    public Console(SmppStore store, Clock clock, boolean secureCookies) {
        this.store = store;
        this.users = new UserRepository(store.dataSource(), clock);
        this.authenticator = new Authenticator(users, sessions, hasher);
        this.audit = new AuditLog(store.dataSource(), clock);
        this.secureCookies = secureCookies;
        this.clock = clock;
    }

    public UserRepository users() {
        return users;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    /** Every JSON route of the console, sign-in included. */
    public List<RouteGroup> routeGroups() {
        return List.of(
                new AuthRoutes(authenticator, sessions, secureCookies),
                new UsersApi(users, hasher, authenticator, sessions, tokens, audit),
                new AccountsApi(store.accounts(), store.sessionStatus(), audit),
                new SessionsApi(store.sessionStatus(), clock),
                new MessagesApi(store.messages(), store.accounts()),
                new ReceiptsApi(new ReceiptQueries(store.dataSource()), store.accounts()),
                new StatsApi(store.messages(), clock),
                new AuditApi(audit),
                new OpenApiDocument());
    }

    public void routing(HttpRouting.Builder routing) {
        ErrorHandlers.register(routing);
        routing.addFilter(new AuthFilter(authenticator));
        routing.get("/health", (req, res) -> res.send("UP"));
        for (RouteGroup group : routeGroups()) {
            routing.register(group);
        }
        Pages.register(routing);
    }
}
