package org.smppconnector.console.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smppconnector.console.accounts.ErrorCodes;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.ApiException;
import org.smppconnector.console.http.Csv;
import org.smppconnector.console.http.QueryParams;
import org.smppconnector.console.http.Responses;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.store.account.AccountRepository;
import org.smppconnector.store.account.StoredAccount;
import org.smppconnector.store.query.MessageDetail;
import org.smppconnector.store.query.MessageQueries;
import org.smppconnector.store.query.MessageSearch;
import org.smppconnector.store.query.MessageSummary;
import org.smppconnector.store.query.Page;
import org.smppconnector.store.query.PartDetail;
import org.smppconnector.store.query.ReceiptDetail;
import org.smppconnector.store.state.DeliveryState;

/**
 * Messages: {@code GET /api/messages} searches (as JSON, or as CSV with {@code format=csv}),
 * {@code GET /api/messages/{id}} shows one with its parts and its receipts as a timeline.
 */
public final class MessagesApi implements RouteGroup {

    /** A CSV export stops here; narrow the search for more. */
    public static final int CSV_MAX_ROWS = 100_000;
    static final List<String> CSV_COLUMNS = List.of("id", "submitted_at", "account", "source", "destination",
            "user_reference", "parts", "state", "state_at", "node", "text");

    private final MessageQueries messages;
    private final AccountRepository accounts;

    public MessagesApi(MessageQueries messages, AccountRepository accounts) {
        this.messages = messages;
        this.accounts = accounts;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/messages", this::search),
                Route.get("/api/messages/{id}", this::message));
    }

    private void search(ServerRequest req, ServerResponse res) {
        QueryParams query = new QueryParams(req.query());
        String format = query.optional("format", 10).orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            query.error("format", "must be json or csv");
        }
        MessageSearch search = search(query);
        query.check();
        if (format.equals("csv")) {
            csv(res, search);
            return;
        }
        Page<MessageSummary> page = messages.search(search);
        JsonArrayBuilder list = Json.createArrayBuilder();
        page.items().forEach(m -> list.add(summary(m)));
        Responses.json(res, Json.createObjectBuilder()
                .add("messages", list)
                .add("offset", page.offset())
                .add("hasMore", page.hasMore())
                .build());
    }

    /** The search the query parameters describe; errors go to {@code query}. */
    static MessageSearch search(QueryParams query) {
        String messageId = query.string("messageId", 100);
        String destination = query.string("destination", 32);
        String source = query.string("source", 32);
        String account = query.string("account", 100);
        DeliveryState state = query.oneOf("state", DeliveryState.class);
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        if (from != null && to != null && !from.isBefore(to)) {
            query.error("to", "must be after from");
        }
        String userReference = query.string("userReference", 200);
        int offset = query.integer("offset", 0, 1_000_000, 0);
        int limit = query.integer("limit", 1, MessageSearch.MAX_LIMIT, 50);
        return new MessageSearch(messageId, destination, source, account, state, from, to, userReference, offset, limit);
    }

    private void csv(ServerResponse res, MessageSearch search) {
        res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"messages.csv\"");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        try (OutputStream out = res.outputStream()) {
            out.write(Csv.row(CSV_COLUMNS).getBytes(StandardCharsets.UTF_8));
            int written = 0;
            MessageSearch next = search.page(search.offset(), MessageSearch.MAX_LIMIT);
            while (written < CSV_MAX_ROWS) {
                Page<MessageSummary> page = messages.search(next);
                for (MessageSummary m : page.items()) {
                    out.write(Csv.row(java.util.Arrays.asList(m.id(), m.submittedAt(), m.account(), m.source(),
                            m.destination(), m.userReference(), m.partCount(), m.state(), m.stateAt(), m.node(),
                            m.text())).getBytes(StandardCharsets.UTF_8));
                }
                written += page.items().size();
                if (!page.hasMore()) {
                    break;
                }
                next = next.page(next.offset() + page.items().size(), MessageSearch.MAX_LIMIT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void message(ServerRequest req, ServerResponse res) {
        String idText = req.path().pathParameters().get("id");
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw ApiException.badField("id", "must be a message's number, as the search lists it");
        }
        MessageDetail detail = messages.message(id).orElseThrow(() -> ApiException.notFound("no message " + id));
        ProviderPreset provider = accounts.find(detail.message().account()).map(StoredAccount::definition)
                .map(d -> d.provider()).orElse(ProviderPreset.GENERIC);
        Responses.json(res, detail(detail, provider));
    }

    static JsonObject summary(MessageSummary m) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", m.id())
                .add("account", m.account());
        text(json, "source", m.source());
        json.add("destination", m.destination());
        text(json, "text", m.text());
        text(json, "textDigest", m.textDigest());
        text(json, "userReference", m.userReference());
        json.add("partCount", m.partCount())
                .add("state", m.state().name());
        time(json, "stateAt", m.stateAt());
        text(json, "node", m.node());
        time(json, "submittedAt", m.submittedAt());
        return json.build();
    }

    /** The message, its parts, its receipts, and one timeline of them all in order. */
    static JsonObject detail(MessageDetail detail, ProviderPreset provider) {
        Map<Long, Integer> partNumbers = new HashMap<>();
        JsonArrayBuilder parts = Json.createArrayBuilder();
        for (PartDetail p : detail.parts()) {
            partNumbers.put(p.id(), p.partNumber());
            JsonObjectBuilder part = Json.createObjectBuilder()
                    .add("partNumber", p.partNumber())
                    .add("messageId", p.messageId())
                    .add("state", p.state().name());
            error(part, p.errorCode(), provider);
            time(part, "stateAt", p.stateAt());
            parts.add(part);
        }
        JsonArrayBuilder receipts = Json.createArrayBuilder();
        JsonArrayBuilder timeline = Json.createArrayBuilder();
        timeline.add(Json.createObjectBuilder()
                .add("at", detail.message().submittedAt().toString())
                .add("state", DeliveryState.SUBMITTED.name())
                .add("partNumber", JsonValue.NULL)
                .add("detail", detail.message().partCount() + (detail.message().partCount() == 1 ? " part" : " parts")
                        + " to " + detail.message().destination()));
        List<ReceiptDetail> ordered = new ArrayList<>(detail.receipts());
        for (ReceiptDetail r : ordered) {
            JsonObjectBuilder receipt = Json.createObjectBuilder()
                    .add("id", r.id())
                    .add("messageId", r.messageId())
                    .add("partNumber", r.partId() == null || !partNumbers.containsKey(r.partId()) ? JsonValue.NULL
                            : Json.createValue(partNumbers.get(r.partId())))
                    .add("state", r.state().name());
            error(receipt, r.errorCode(), provider);
            time(receipt, "submitDate", r.submitDate());
            time(receipt, "doneDate", r.doneDate());
            time(receipt, "receivedAt", r.receivedAt());
            text(receipt, "node", r.node());
            text(receipt, "session", r.session());
            text(receipt, "text", r.text());
            receipt.add("deliveries", r.deliveries());
            JsonObject built = receipt.build();
            receipts.add(built);
            JsonObjectBuilder event = Json.createObjectBuilder()
                    .add("at", r.receivedAt().toString())
                    .add("state", r.state().name())
                    .add("partNumber", built.get("partNumber"))
                    .add("error", built.get("error"));
            event.add("detail", "receipt for " + r.messageId()
                    + (r.doneDate() == null ? "" : ", done " + r.doneDate())
                    + (r.deliveries() > 1 ? ", delivered " + r.deliveries() + " times" : ""));
            timeline.add(event);
        }
        return Json.createObjectBuilder()
                .add("message", summary(detail.message()))
                .add("provider", provider.displayName())
                .add("parts", parts)
                .add("receipts", receipts)
                .add("timeline", timeline)
                .build();
    }

    private static void error(JsonObjectBuilder json, String raw, ProviderPreset provider) {
        text(json, "errorCode", raw);
        Optional<ErrorCodes.Decoded> decoded = ErrorCodes.decode(raw, provider);
        if (decoded.isEmpty()) {
            json.add("error", JsonValue.NULL);
            return;
        }
        json.add("error", Json.createObjectBuilder()
                .add("raw", decoded.get().raw())
                .add("code", decoded.get().code() == null ? JsonValue.NULL : Json.createValue(decoded.get().code()))
                .add("text", decoded.get().text()));
    }

    static void text(JsonObjectBuilder json, String name, String value) {
        json.add(name, value == null ? JsonValue.NULL : Json.createValue(value));
    }

    static void time(JsonObjectBuilder json, String name, Instant value) {
        json.add(name, value == null ? JsonValue.NULL : Json.createValue(value.toString()));
    }
}
