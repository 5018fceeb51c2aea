package org.smppconnector.console.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.console.testing.Json.object;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.testing.ConsoleClient;
import org.smppconnector.console.testing.Seed;
import org.smppconnector.console.testing.TestConsole;

/** Session status as the adapter writes it, shown by the sessions route and in each account's live state. */
class SessionsApiTest {

    @Test
    void sessionsAndAccountStateFollowTheAdaptersRows() {
        TestConsole console = TestConsole.shared();
        ConsoleClient admin = console.admin();
        assertEquals(201, admin.post("/api/accounts", object().add("name", "sess-acc").add("provider", "bulksms")
                .add("hosts", "smsc.example").add("systemId", "u").add("password", "p").build()).statusCode());
        Seed seed = new Seed(console.store());
        seed.sessions("node-s1", List.of(
                Seed.session("node-s1", "sess-acc", "default", 0, "smsc.example:2775", "TRANSCEIVER", "BOUND_TRX", null),
                Seed.session("node-s1", "sess-acc", "default", 1, "smsc.example:2775", "TRANSCEIVER", "CONNECTING",
                        "connection refused")));

        JsonObject sessions = ConsoleClient.json(admin.get("/api/sessions?account=sess-acc"));
        assertEquals(2, sessions.getInt("total"));
        assertEquals(1, sessions.getInt("bound"));
        List<JsonObject> rows = sessions.getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertEquals(List.of("BOUND_TRX", "CONNECTING"), rows.stream().map(r -> r.getString("state")).toList());
        JsonObject first = rows.get(0);
        assertEquals("node-s1", first.getString("node"));
        assertEquals("TRANSCEIVER", first.getString("bindType"));
        assertEquals(2, first.getInt("windowInUse"));
        assertEquals(12, first.getInt("submitsPerMinute"));
        assertFalse(first.isNull("lastEnquireLink"));
        assertFalse(first.getBoolean("stale"));

        JsonObject state = ConsoleClient.json(admin.get("/api/accounts/sess-acc")).getJsonObject("state");
        assertEquals(2, state.getInt("sessions"));
        assertEquals(1, state.getInt("bound"));
        assertEquals("connection refused", state.getString("lastError"));

        // The node's next write replaces its rows: the dropped bind is back.
        seed.sessions("node-s1", List.of(
                Seed.session("node-s1", "sess-acc", "default", 0, "smsc.example:2775", "TRANSCEIVER", "BOUND_TRX", null),
                Seed.session("node-s1", "sess-acc", "default", 1, "smsc.example:2775", "TRANSCEIVER", "BOUND_TRX", null)));
        assertEquals(2, ConsoleClient.json(admin.get("/api/sessions?account=sess-acc")).getInt("bound"));
        JsonObject groups = ConsoleClient.json(admin.get("/api/accounts/sess-acc/bind-groups"));
        assertEquals(2, groups.getJsonArray("groups").getJsonObject(0).getJsonObject("state").getInt("bound"));
        assertTrue(ConsoleClient.json(admin.get("/api/sessions")).getInt("total") >= 2);
    }
}
