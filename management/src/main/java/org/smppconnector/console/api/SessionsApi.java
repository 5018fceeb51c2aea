package org.smppconnector.console.api;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.QueryParams;
import org.smppconnector.console.http.Responses;
import org.smppconnector.store.status.SessionStatusRow;
import org.smppconnector.store.status.SessionStatusStore;

/**
 * {@code GET /api/sessions}: every bind of every account on every node, as the adapter last
 * wrote it. A row not rewritten for {@link #STALE_AFTER} is flagged stale (its node may be gone).
 */
public final class SessionsApi implements RouteGroup {

    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final SessionStatusStore sessions;
    private final Clock clock;

    public SessionsApi(SessionStatusStore sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/sessions", this::list));
    }

    private void list(ServerRequest req, ServerResponse res) {
        QueryParams query = new QueryParams(req.query());
        String account = query.string("account", 100);
        query.check();
        List<SessionStatusRow> rows = account == null ? sessions.read() : sessions.read(account);
        Instant now = clock.instant();
        JsonArrayBuilder list = Json.createArrayBuilder();
        int bound = 0;
        for (SessionStatusRow row : rows) {
            bound += row.bound() ? 1 : 0;
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("node", row.node())
                    .add("account", row.account())
                    .add("bindGroup", row.bindGroup())
                    .add("bindIndex", row.bindIndex());
            MessagesApi.text(item, "host", row.host());
            item.add("bindType", row.bindType())
                    .add("state", row.state())
                    .add("bound", row.bound())
                    .add("windowInUse", row.windowInUse())
                    .add("windowSize", row.windowSize());
            MessagesApi.time(item, "lastEnquireLink", row.lastEnquireLink());
            item.add("submitsPerMinute", row.submitsPerMinute())
                    .add("receiptsPerMinute", row.receiptsPerMinute())
                    .add("errorsPerMinute", row.errorsPerMinute());
            MessagesApi.text(item, "lastError", row.lastError());
            MessagesApi.time(item, "updatedAt", row.updatedAt());
            item.add("stale", row.updatedAt() != null && row.updatedAt().plus(STALE_AFTER).isBefore(now));
            list.add(item);
        }
        Responses.json(res, Json.createObjectBuilder()
                .add("at", now.toString())
                .add("total", rows.size())
                .add("bound", bound)
                .add("sessions", list)
                .build());
    }
}
