package org.smppconnector.console.api;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.smppconnector.console.accounts.ErrorCodes;
import org.smppconnector.console.data.ReceiptQueries;
import org.smppconnector.console.data.ReceiptRow;
import org.smppconnector.console.data.ReceiptSearch;
import java.util.List;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.QueryParams;
import org.smppconnector.console.http.Responses;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.store.account.AccountRepository;
import org.smppconnector.store.query.Page;
import org.smppconnector.store.state.DeliveryState;

/**
 * {@code GET /api/receipts}: receipts across messages by message id, account, state, time
 * received and whether they were matched to a submission; each with its error code decoded.
 */
public final class ReceiptsApi implements RouteGroup {

    private final ReceiptQueries receipts;
    private final AccountRepository accounts;

    public ReceiptsApi(ReceiptQueries receipts, AccountRepository accounts) {
        this.receipts = receipts;
        this.accounts = accounts;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/receipts", this::search));
    }

    private void search(ServerRequest req, ServerResponse res) {
        QueryParams query = new QueryParams(req.query());
        String messageId = query.string("messageId", 100);
        String account = query.string("account", 100);
        DeliveryState state = query.oneOf("state", DeliveryState.class);
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        if (from != null && to != null && !from.isBefore(to)) {
            query.error("to", "must be after from");
        }
        Boolean matched = null;
        String matchedText = query.string("matched", 5);
        if (matchedText != null) {
            if (matchedText.equals("true") || matchedText.equals("false")) {
                matched = Boolean.valueOf(matchedText);
            } else {
                query.error("matched", "must be true or false");
            }
        }
        int offset = query.integer("offset", 0, 1_000_000, 0);
        int limit = query.integer("limit", 1, ReceiptSearch.MAX_LIMIT, 50);
        query.check();
        Page<ReceiptRow> page = receipts.search(new ReceiptSearch(messageId, account, state, from, to, matched,
                offset, limit));
        Map<String, ProviderPreset> providers = new HashMap<>();
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ReceiptRow r : page.items()) {
            ProviderPreset provider = providers.computeIfAbsent(r.account(), name -> accounts.find(name)
                    .map(a -> a.definition().provider()).orElse(ProviderPreset.GENERIC));
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", r.id())
                    .add("account", r.account())
                    .add("messageId", r.messageId())
                    .add("submissionId", r.submissionId() == null ? JsonValue.NULL : Json.createValue(r.submissionId()))
                    .add("partNumber", r.partNumber() == null ? JsonValue.NULL : Json.createValue(r.partNumber()))
                    .add("state", r.state().name());
            MessagesApi.text(item, "errorCode", r.errorCode());
            item.add("error", ErrorCodes.decode(r.errorCode(), provider)
                    .map(d -> (JsonValue) Json.createObjectBuilder().add("raw", d.raw())
                            .add("code", d.code() == null ? JsonValue.NULL : Json.createValue(d.code()))
                            .add("text", d.text()).build())
                    .orElse(JsonValue.NULL));
            MessagesApi.time(item, "submitDate", r.submitDate());
            MessagesApi.time(item, "doneDate", r.doneDate());
            MessagesApi.time(item, "receivedAt", r.receivedAt());
            MessagesApi.text(item, "node", r.node());
            MessagesApi.text(item, "session", r.session());
            list.add(item.add("deliveries", r.deliveries()));
        }
        Responses.json(res, Json.createObjectBuilder()
                .add("receipts", list)
                .add("offset", page.offset())
                .add("hasMore", page.hasMore())
                .build());
    }
}
