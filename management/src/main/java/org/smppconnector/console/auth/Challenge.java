package org.smppconnector.console.auth;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The {@code WWW-Authenticate} header of a 401. API clients get the Basic challenge; the
 * console's own pages mark their requests with {@code X-Requested-With} and get none, since
 * a challenge would make the browser pop up its own sign-in dialog over the page.
 */
public final class Challenge {

    public static final String PAGE_HEADER = "X-Requested-With";
    static final String VALUE = "Basic realm=\"SMPP Connector console\", charset=\"UTF-8\"";

    private Challenge() {
    }

    public static void addIfWanted(ServerRequest req, ServerResponse res) {
        if (req.path().path().startsWith("/api/") && !req.headers().contains(
                io.helidon.http.HeaderNames.create(PAGE_HEADER))) {
            res.header("WWW-Authenticate", VALUE);
        }
    }
}
