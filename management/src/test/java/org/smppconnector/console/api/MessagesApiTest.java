package org.smppconnector.console.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.console.testing.Json.errorFields;
import static org.smppconnector.console.testing.Json.object;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.testing.ConsoleClient;
import org.smppconnector.console.testing.Seed;
import org.smppconnector.console.testing.TestConsole;
import org.smppconnector.store.state.DeliveryState;

/** Message search, one message's timeline, CSV export, receipt search and statistics over seeded traffic. */
class MessagesApiTest {

    private static final String ACCOUNT = "msg-gw";
    private static final String OTHER = "msg-other";
    /** Whole minutes in the past, so that per-minute counts fall in known minutes. */
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(30, ChronoUnit.MINUTES);

    private static TestConsole console;
    private static ConsoleClient admin;

    @BeforeAll
    static void seed() {
        console = TestConsole.shared();
        admin = console.admin();
        assertEquals(201, admin.post("/api/accounts", object().add("name", ACCOUNT).add("provider", "gatewayapi")
                .add("systemId", "gw").add("password", "pw").build()).statusCode());
        Seed seed = new Seed(console.store());
        // A two-part message delivered: ENROUTE then DELIVRD for each part.
        seed.submission(ACCOUNT, "ApiShop", "+4511111111", "Hello there, a long text", "order-17", T0, "m-1a", "m-1b");
        seed.receipt(ACCOUNT, "m-1a", DeliveryState.ENROUTE, "000", T0.plusSeconds(2));
        seed.receipt(ACCOUNT, "m-1a", DeliveryState.DELIVERED, "000", T0.plusSeconds(5));
        seed.receipt(ACCOUNT, "m-1b", DeliveryState.DELIVERED, "000", T0.plusSeconds(6));
        // One undeliverable, with GatewayAPI's err 126 = 0x107E.
        seed.submission(ACCOUNT, "ApiShop", "+4522222222", "=cmd|' /C calc'!A0", "order-18", T0.plusSeconds(60), "m-2");
        seed.receipt(ACCOUNT, "m-2", DeliveryState.UNDELIVERABLE, "126", T0.plusSeconds(70));
        // One still waiting, on another account.
        seed.submission(OTHER, null, "+4533333333", "pending", null, T0.plusSeconds(120), "m-3");
        // A receipt nobody submitted (yet).
        seed.receipt(OTHER, "m-orphan", DeliveryState.DELIVERED, "000", T0.plusSeconds(130));
    }

    @Test
    void searchFiltersByEveryCriterion() {
        assertEquals(List.of("+4511111111"), destinations("/api/messages?messageId=m-1b"));
        assertEquals(List.of("+4522222222"), destinations("/api/messages?destination=%2B4522222222"));
        assertEquals(List.of("+4522222222", "+4511111111"), destinations("/api/messages?account=" + ACCOUNT));
        assertEquals(List.of("+4522222222"), destinations("/api/messages?account=" + ACCOUNT + "&state=undeliverable"));
        assertEquals(List.of("+4511111111"), destinations("/api/messages?userReference=order-17"));
        assertEquals(List.of("+4522222222", "+4511111111"), destinations("/api/messages?source=ApiShop"));
        assertEquals(List.of("+4522222222"), destinations("/api/messages?source=ApiShop&from="
                + enc(T0.plusSeconds(30)) + "&to=" + enc(T0.plusSeconds(90))));
        assertEquals(List.of("+4533333333"), destinations("/api/messages?account=" + OTHER + "&state=SUBMITTED"));
    }

    @Test
    void searchPagesThroughResults() {
        JsonObject first = ConsoleClient.json(admin.get("/api/messages?source=ApiShop&limit=1"));
        assertEquals(1, first.getJsonArray("messages").size());
        assertTrue(first.getBoolean("hasMore"));
        JsonObject second = ConsoleClient.json(admin.get("/api/messages?source=ApiShop&limit=1&offset=1"));
        assertEquals("+4511111111", second.getJsonArray("messages").getJsonObject(0).getString("destination"));
        assertFalse(second.getBoolean("hasMore"));
    }

    @Test
    void badSearchParametersAreNamed() {
        HttpResponse<String> refused = admin.get("/api/messages?state=LOST&from=yesterday&limit=0&format=xml");
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("format", "state", "from", "limit"), errorFields(refused));
        HttpResponse<String> backwards = admin.get("/api/messages?from=" + enc(T0) + "&to=" + enc(T0.minusSeconds(1)));
        assertEquals(List.of("to"), errorFields(backwards));
    }

    @Test
    void aMessagesPageShowsItsPartsAndItsReceiptsInOrder() {
        long id = ConsoleClient.json(admin.get("/api/messages?userReference=order-17")).getJsonArray("messages")
                .getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> response = admin.get("/api/messages/" + id);
        assertEquals(200, response.statusCode());
        JsonObject detail = ConsoleClient.json(response);
        assertEquals("DELIVERED", detail.getJsonObject("message").getString("state"));
        assertEquals(List.of("m-1a", "m-1b"), detail.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("messageId")).toList());
        List<JsonObject> timeline = detail.getJsonArray("timeline").getValuesAs(JsonObject.class);
        assertEquals(List.of("SUBMITTED", "ENROUTE", "DELIVERED", "DELIVERED"),
                timeline.stream().map(e -> e.getString("state")).toList());
        assertEquals(List.of(T0, T0.plusSeconds(2), T0.plusSeconds(5), T0.plusSeconds(6)),
                timeline.stream().map(e -> Instant.parse(e.getString("at"))).toList());
        assertEquals(1, timeline.get(1).getInt("partNumber"));
        assertEquals(2, timeline.get(3).getInt("partNumber"));
    }

    @Test
    void receiptErrorCodesAreDecodedInTheProvidersFormat() {
        long id = ConsoleClient.json(admin.get("/api/messages?userReference=order-18")).getJsonArray("messages")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject detail = ConsoleClient.json(admin.get("/api/messages/" + id));
        JsonObject error = detail.getJsonArray("receipts").getJsonObject(0).getJsonObject("error");
        assertEquals("126", error.getString("raw"));
        assertEquals(0x107E, error.getInt("code"));
        assertEquals("GatewayAPI error 0x107E", error.getString("text"));
    }

    @Test
    void unknownAndMalformedMessageIdsAreRefused() {
        assertEquals(404, admin.get("/api/messages/999999999").statusCode());
        HttpResponse<String> malformed = admin.get("/api/messages/abc");
        assertEquals(400, malformed.statusCode());
        assertEquals(List.of("id"), errorFields(malformed));
    }

    @Test
    void csvExportHasEveryMatchAndDefusesFormulas() {
        HttpResponse<String> csv = admin.get("/api/messages?account=" + ACCOUNT + "&format=csv&limit=1");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("messages.csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(3, lines.size(), csv.body());
        assertEquals(String.join(",", MessagesApi.CSV_COLUMNS), lines.get(0));
        assertTrue(lines.get(1).contains(",+4522222222,"), "phone numbers stay as they are: " + lines.get(1));
        assertTrue(lines.get(1).endsWith(",'=cmd|' /C calc'!A0"), "a formula is defused: " + lines.get(1));
        assertTrue(lines.get(2).contains(",order-17,2,DELIVERED,"), lines.get(2));
    }

    @Test
    void receiptSearchFindsMatchedAndUnmatchedReceipts() {
        JsonObject byId = ConsoleClient.json(admin.get("/api/receipts?messageId=m-1a"));
        List<JsonObject> receipts = byId.getJsonArray("receipts").getValuesAs(JsonObject.class);
        assertEquals(List.of("DELIVERED", "ENROUTE"), receipts.stream().map(r -> r.getString("state")).toList());
        assertEquals(1, receipts.get(0).getInt("partNumber"));
        assertFalse(receipts.get(0).isNull("submissionId"));

        JsonObject unmatched = ConsoleClient.json(admin.get("/api/receipts?account=" + OTHER + "&matched=false"));
        assertEquals(List.of("m-orphan"), unmatched.getJsonArray("receipts").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("messageId")).toList());

        JsonObject failed = ConsoleClient.json(admin.get("/api/receipts?account=" + ACCOUNT + "&state=UNDELIVERABLE"));
        assertEquals("GatewayAPI error 0x107E", failed.getJsonArray("receipts").getJsonObject(0)
                .getJsonObject("error").getString("text"));

        HttpResponse<String> refused = admin.get("/api/receipts?matched=maybe&state=x");
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("state", "matched"), errorFields(refused));
    }

    @Test
    void statsCountStatesPerMinuteAndLatency() {
        HttpResponse<String> response = admin.get("/api/stats?account=" + ACCOUNT + "&from=" + enc(T0) + "&to="
                + enc(T0.plus(10, ChronoUnit.MINUTES)));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject stats = ConsoleClient.json(response);
        assertEquals(2, stats.getInt("total"));
        assertEquals(1, stats.getJsonObject("counts").getInt("DELIVERED"));
        assertEquals(1, stats.getJsonObject("counts").getInt("UNDELIVERABLE"));
        assertEquals(0, stats.getJsonObject("counts").getInt("SUBMITTED"));
        List<JsonObject> minutes = stats.getJsonArray("perMinute").getValuesAs(JsonObject.class);
        assertEquals(2, minutes.size(), stats.toString());
        assertEquals(T0, Instant.parse(minutes.get(0).getString("minute")));
        assertEquals(2, minutes.get(0).getInt("delivered"));
        assertEquals(0, minutes.get(0).getInt("failed"));
        assertEquals(1, minutes.get(1).getInt("failed"));
        JsonObject latency = stats.getJsonObject("latency");
        assertEquals(2, latency.getInt("count"));
        assertEquals(6000, latency.getInt("maxMillis"));
        assertEquals(StatsApi.LATENCY_BUCKETS, stats.getJsonArray("latencySeries").size());
        assertEquals(2, stats.getJsonArray("latencySeries").getValuesAs(JsonObject.class).stream()
                .mapToInt(s -> s.getInt("count")).sum());

        HttpResponse<String> tooLong = admin.get("/api/stats?from=" + enc(T0.minus(8, ChronoUnit.DAYS)) + "&to=" + enc(T0));
        assertEquals(400, tooLong.statusCode());
        assertEquals(List.of("from"), errorFields(tooLong));
    }

    private static List<String> destinations(String path) {
        HttpResponse<String> response = admin.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return ConsoleClient.json(response).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("destination")).toList();
    }

    private static String enc(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
