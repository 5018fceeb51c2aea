package org.smppconnector.console.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.smppconnector.console.http.ApiException;

/**
 * The gate in front of every route: the sign-in page, static assets and the health check are
 * open; everything else needs a principal. A page requested without one is redirected to the
 * sign-in page; an API call gets 401. A state-changing request (POST, PUT, DELETE, PATCH) made
 * with the session cookie must carry the session's CSRF token in {@code X-CSRF-Token}, else 403;
 * a viewer may change nothing but its own credentials.
 */
public final class AuthFilter implements Filter {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String LOGIN_PAGE = "/login.html";

    private static final Set<String> OPEN_PATHS = Set.of(LOGIN_PAGE, "/health", "/favicon.ico", Paths.LOGIN);
    private static final Set<String> OPEN_PREFIXES = Set.of("/css/", "/js/", "/img/");
    private static final Set<Method> SAFE_METHODS = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);

    private final Authenticator authenticator;

    public AuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        SecurityHeaders.add(res);
        String path = req.path().path();
        if (isOpen(path)) {
            chain.proceed();
            return;
        }
        Optional<Principal> principal = authenticator.authenticate(req);
        Method method = req.prologue().method();
        boolean safe = SAFE_METHODS.contains(method);
        if (principal.isEmpty()) {
            if (safe && isPage(path)) {
                res.status(Status.SEE_OTHER_303);
                res.header(HeaderNames.LOCATION, LOGIN_PAGE + "?next="
                        + URLEncoder.encode(path + req.query().rawValue().transform(q -> q.isEmpty() ? "" : "?" + q),
                        StandardCharsets.UTF_8));
                res.send();
                return;
            }
            throw ApiException.unauthorized("sign in, or send HTTP Basic credentials or an API token");
        }
        if (!safe) {
            Principal p = principal.get();
            if (p.method() == AuthMethod.SESSION && !csrfMatches(req, p.session())) {
                throw ApiException.forbidden("missing or wrong " + CSRF_HEADER + " header");
            }
            if (!p.user().role().mayChange() && !Paths.isSelfService(path)) {
                throw ApiException.forbidden("user " + p.username() + " may only view");
            }
        }
        req.context().register(principal.get());
        chain.proceed();
    }

    private static boolean csrfMatches(RoutingRequest req, ConsoleSession session) {
        Optional<String> sent = req.headers().first(HeaderNames.create(CSRF_HEADER));
        return sent.isPresent() && MessageDigest.isEqual(sent.get().getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isOpen(String path) {
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Everything that is neither the API nor the sign-in endpoints is a page. */
    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith(Paths.AUTH_PREFIX);
    }
}
