package org.smppconnector.console.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smppconnector.console.http.ApiException;
import org.smppconnector.console.http.FieldError;

/**
 * Finds who sent a request: HTTP Basic, a Bearer API token, or the session cookie, in that
 * order. Credentials that are present but wrong are refused outright (no falling back to the
 * cookie), so a client always learns that its credentials failed.
 *
 * <p>PBKDF2 is deliberately slow, too slow to run on every Basic-authenticated request: a
 * verified password is remembered for {@link #BASIC_CACHE_TTL} as its SHA-256, and forgotten
 * at once when the user's password changes or the user is deleted.
 */
public final class Authenticator {

    public static final String SESSION_COOKIE = "SMPPCONSOLE";
    static final Duration BASIC_CACHE_TTL = Duration.ofMinutes(5);

    private record Verified(byte[] passwordDigest, User user, Instant until) {
    }

    private final UserRepository users;
    private final ConsoleSessions sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Hashed once, so that an unknown user name costs as much as a wrong password. */
    private final String decoyHash;

    public Authenticator(UserRepository users, ConsoleSessions sessions, PasswordHasher hasher) {
        this(users, sessions, hasher, Clock.systemUTC());
    }

    Authenticator(UserRepository users, ConsoleSessions sessions, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
        this.decoyHash = hasher.hash("decoy-" + System.nanoTime());
    }

    /**
     * The request's principal, or empty when it carries no credentials at all.
     *
     * @throws ApiException 401 when credentials are present but wrong, 429 when the user name is throttled
     */
    public Optional<Principal> authenticate(ServerRequest req) {
        Optional<String> authorization = req.headers().first(HeaderNames.AUTHORIZATION);
        if (authorization.isPresent()) {
            return Optional.of(fromAuthorization(authorization.get()));
        }
        Optional<String> cookie = req.headers().cookies().first(SESSION_COOKIE).asOptional();
        return cookie.flatMap(sessions::find).map(s -> new Principal(s.user(), AuthMethod.SESSION, s));
    }

    /**
     * Checks a user name and password (sign-in and Basic).
     *
     * @throws ApiException 429 when too many wrong passwords were given for the name lately
     */
    public Optional<User> checkPassword(String username, String password) {
        if (throttle.blocked(username)) {
            throw new ApiException(Status.TOO_MANY_REQUESTS_429,
                    List.of(FieldError.general("too many failed sign-ins for this user; try again in a few minutes")));
        }
        Optional<UserRepository.Credentials> credentials = users.credentials(username);
        boolean matches = hasher.verify(password, credentials.map(UserRepository.Credentials::passwordHash)
                .orElse(decoyHash));
        if (credentials.isEmpty() || !matches) {
            throttle.failed(username);
            return Optional.empty();
        }
        throttle.succeeded(username);
        return Optional.of(credentials.get().user());
    }

    /** Forgets remembered Basic passwords of the user: call after any change to it. */
    public void forget(String username) {
        verified.remove(username);
    }

    private Principal fromAuthorization(String header) {
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Basic")) {
            return new Principal(basic(value), AuthMethod.BASIC, null);
        }
        if (scheme.equalsIgnoreCase("Bearer")) {
            return new Principal(bearer(value), AuthMethod.TOKEN, null);
        }
        throw ApiException.unauthorized("unsupported authorization scheme; use Basic or Bearer");
    }

    private User basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw ApiException.unauthorized("malformed Basic credentials");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        byte[] digest = ApiTokens.sha256(username + '\0' + password);
        Instant now = clock.instant();
        Verified remembered = verified.get(username);
        if (remembered != null && remembered.until().isAfter(now)
                && MessageDigest.isEqual(remembered.passwordDigest(), digest)) {
            return remembered.user();
        }
        User user = checkPassword(username, password)
                .orElseThrow(() -> ApiException.unauthorized("unknown user or wrong password"));
        verified.put(username, new Verified(digest, user, now.plus(BASIC_CACHE_TTL)));
        return user;
    }

    private User bearer(String token) {
        if (!token.startsWith(ApiTokens.PREFIX)) {
            throw ApiException.unauthorized("unknown API token");
        }
        return users.findByTokenHash(ApiTokens.hash(token))
                .orElseThrow(() -> ApiException.unauthorized("unknown API token"));
    }
}
