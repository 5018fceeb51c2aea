package org.smppconnector.console.http;

import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.smppconnector.console.auth.Challenge;

/**
 * Turns exceptions into JSON answers: an {@link ApiException} into its status and errors,
 * anything else into a bare 500 whose cause goes to the log only, so no stack trace or SQL
 * text ever reaches a client.
 */
public final class ErrorHandlers {

    private static final Logger LOG = Logger.getLogger(ErrorHandlers.class.getName());

    private ErrorHandlers() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, ErrorHandlers::refuse);
        routing.error(HttpException.class, ErrorHandlers::http);
        routing.error(Exception.class, ErrorHandlers::fail);
    }

    private static void refuse(ServerRequest req, ServerResponse res, ApiException e) {
        if (e.status() == Status.UNAUTHORIZED_401) {
            Challenge.addIfWanted(req, res);
        }
        Responses.json(res, e.status(), Responses.errors(e.errors()));
    }

    /**
     * Helidon's own answers: 404 for no route, 304 from the static content's ETag check, 400
     * for a request it could not read. Kept as they are, in the console's error shape.
     */
    private static void http(ServerRequest req, ServerResponse res, HttpException e) {
        Status status = e.status();
        if (status.code() < 400) {
            res.status(status);
            res.send();
        } else if (status.code() >= 500) {
            fail(req, res, e);
        } else {
            Responses.json(res, status, Responses.errors(List.of(FieldError.general(
                    status == Status.NOT_FOUND_404 ? "no such page or route" : status.reasonPhrase()))));
        }
    }

    private static void fail(ServerRequest req, ServerResponse res, Exception e) {
        LOG.log(Level.WARNING, "Request " + req.prologue().method().text() + " " + req.path().path() + " failed", e);
        Responses.json(res, Status.INTERNAL_SERVER_ERROR_500,
                Responses.errors(List.of(FieldError.general("internal error; see the console's log"))));
    }
}
