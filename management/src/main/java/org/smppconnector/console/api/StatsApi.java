package org.smppconnector.console.api;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.List;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.QueryParams;
import org.smppconnector.console.http.Responses;
import org.smppconnector.store.query.LatencyStats;
import org.smppconnector.store.query.MessageQueries;
import org.smppconnector.store.query.MinuteCount;
import org.smppconnector.store.state.DeliveryState;

/**
 * {@code GET /api/stats}: over a time range (default the last hour, at most
 * {@link #MAX_RANGE}), messages per state, parts delivered and failed per minute, and delivery
 * latency overall and in {@link #LATENCY_BUCKETS} slices for a chart.
 */
public final class StatsApi implements RouteGroup {

    static final Duration DEFAULT_RANGE = Duration.ofHours(1);
    static final Duration MAX_RANGE = Duration.ofDays(7);
    static final int LATENCY_BUCKETS = 30;

    private final MessageQueries messages;
    private final Clock clock;

    public StatsApi(MessageQueries messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/stats", this::stats));
    }

    private void stats(ServerRequest req, ServerResponse res) {
        QueryParams query = new QueryParams(req.query());
        Instant to = query.instant("to");
        Instant from = query.instant("from");
        String account = query.string("account", 100);
        if (to == null) {
            to = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        }
        if (from == null) {
            from = to.minus(DEFAULT_RANGE);
        }
        if (!from.isBefore(to)) {
            query.error("to", "must be after from");
        } else if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            query.error("from", "the range may span at most " + MAX_RANGE.toDays() + " days");
        }
        query.check();

        Map<DeliveryState, Long> counts = messages.countsByState(from, to, account);
        JsonObjectBuilder countsJson = Json.createObjectBuilder();
        long total = 0;
        for (DeliveryState state : DeliveryState.values()) {
            long n = counts.getOrDefault(state, 0L);
            countsJson.add(state.name(), n);
            total += n;
        }
        JsonArrayBuilder perMinute = Json.createArrayBuilder();
        for (MinuteCount minute : messages.deliveredFailedPerMinute(from, to, account)) {
            perMinute.add(Json.createObjectBuilder()
                    .add("minute", minute.minute().toString())
                    .add("delivered", minute.delivered())
                    .add("failed", minute.failed()));
        }
        JsonArrayBuilder series = Json.createArrayBuilder();
        Duration slice = Duration.between(from, to).dividedBy(LATENCY_BUCKETS);
        if (slice.isZero()) {
            slice = Duration.between(from, to);
        }
        for (Instant start = from; start.isBefore(to); start = start.plus(slice)) {
            Instant end = start.plus(slice).isAfter(to) ? to : start.plus(slice);
            LatencyStats stats = messages.deliveryLatency(start, end, account);
            series.add(latency(Json.createObjectBuilder().add("from", start.toString()).add("to", end.toString()), stats));
        }
        Responses.json(res, Json.createObjectBuilder()
                .add("from", from.toString())
                .add("to", to.toString())
                .add("account", account == null ? JsonValue.NULL : Json.createValue(account))
                .add("total", total)
                .add("counts", countsJson)
                .add("perMinute", perMinute)
                .add("latency", latency(Json.createObjectBuilder(), messages.deliveryLatency(from, to, account)))
                .add("latencySeries", series)
                .build());
    }

    private static JsonObjectBuilder latency(JsonObjectBuilder json, LatencyStats stats) {
        return json.add("count", stats.count())
                .add("meanMillis", stats.mean().toMillis())
                .add("medianMillis", stats.median().toMillis())
                .add("p95Millis", stats.p95().toMillis())
                .add("maxMillis", stats.max().toMillis());
    }
}
