package org.smppconnector.console.api;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.smppconnector.console.audit.AuditEntry;
import org.smppconnector.console.audit.AuditLog;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.QueryParams;
import org.smppconnector.console.http.Responses;

/** {@code GET /api/audit}: configuration changes, newest first: who, what, when. */
public final class AuditApi implements RouteGroup {

    private final AuditLog audit;

    public AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/audit", this::list));
    }

    private void list(ServerRequest req, ServerResponse res) {
        QueryParams query = new QueryParams(req.query());
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        String target = query.string("target", 300);
        int offset = query.integer("offset", 0, 1_000_000, 0);
        int limit = query.integer("limit", 1, 500, 100);
        query.check();
        List<AuditEntry> entries = audit.list(from, to, target, offset, limit + 1);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (AuditEntry e : entries.subList(0, Math.min(limit, entries.size()))) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", e.id())
                    .add("at", e.at().toString());
            MessagesApi.text(item, "username", e.username());
            item.add("action", e.action());
            MessagesApi.text(item, "target", e.target());
            MessagesApi.text(item, "detail", e.detail());
            list.add(item);
        }
        Responses.json(res, Json.createObjectBuilder()
                .add("entries", list)
                .add("offset", offset)
                .add("hasMore", entries.size() > limit)
                .build());
    }
}
