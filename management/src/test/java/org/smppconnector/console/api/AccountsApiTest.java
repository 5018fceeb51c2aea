package org.smppconnector.console.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.console.testing.Json.array;
import static org.smppconnector.console.testing.Json.errorFields;
import static org.smppconnector.console.testing.Json.errorMessage;
import static org.smppconnector.console.testing.Json.object;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.testing.ConsoleClient;
import org.smppconnector.console.testing.TestConsole;

/** Accounts, presets and bind groups through the API, on the real server and store. */
class AccountsApiTest {

    private static TestConsole console;
    private static ConsoleClient admin;

    @BeforeAll
    static void start() {
        console = TestConsole.shared();
        admin = console.admin();
    }

    private static jakarta.json.JsonObjectBuilder bulksms(String name) {
        return object().add("name", name).add("provider", "bulksms").add("hosts", "127.0.0.1:2775")
                .add("systemId", "bulkuser").add("password", "secret12");
    }

    @Test
    void aBulkSmsAccountFromThePresetGetsTheProvidersSettings() {
        HttpResponse<String> created = admin.post("/api/accounts", bulksms("acc-bulk").build());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("/api/accounts/acc-bulk", created.headers().firstValue("Location").orElseThrow());
        JsonObject account = ConsoleClient.json(created);
        assertEquals("bulksms", account.getString("provider"));
        assertTrue(account.getBoolean("passwordSet"));
        assertFalse(account.containsKey("password"));
        assertFalse(created.body().contains("secret12"), "the password never comes back");
        JsonObject effective = account.getJsonObject("effective");
        assertEquals(10, effective.getInt("sessionCap"));
        assertEquals(List.of(0, 4, 8), ints(effective, "allowedDataCodings"));
        assertEquals("0", effective.getJsonArray("bindGroups").getJsonObject(0).getString("systemType"));
        assertEquals(List.of("submit_sm"), effective.getJsonArray("supportedOperations").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(21, effective.getInt("maxValidityDays"));
        assertEquals(List.of("127.0.0.1:2775"), effective.getJsonArray("hosts").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        HttpResponse<String> list = admin.get("/api/accounts");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("secret12"));
        assertTrue(ConsoleClient.json(list).getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("name").equals("acc-bulk")));
    }

    @Test
    void bulkSmsRefusesAPasswordOverEightCharactersBesideThePasswordField() {
        HttpResponse<String> refused = admin.post("/api/accounts", bulksms("acc-longpw").add("password", "ninechars").build());
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("password"), errorFields(refused));
        assertTrue(errorMessage(refused, "password").contains("8"), refused.body());
        assertFalse(refused.body().contains("ninechars"), "a refusal does not echo the password");
    }

    @Test
    void bulkSmsRefusesMoreThanTenConnections() {
        HttpResponse<String> cap = admin.post("/api/accounts", bulksms("acc-cap").add("sessionCap", 11).build());
        assertEquals(400, cap.statusCode());
        assertEquals(List.of("sessionCap"), errorFields(cap));
        assertTrue(errorMessage(cap, "sessionCap").contains("10"));

        HttpResponse<String> binds = admin.post("/api/accounts", bulksms("acc-binds").add("bindGroups", array()
                .add(group("a", "1", 5, 0, 0)).add(group("b", "2", 0, 0, 6))).build());
        assertEquals(400, binds.statusCode());
        assertEquals(List.of("bindGroups"), errorFields(binds));
        assertTrue(errorMessage(binds, "bindGroups").contains("11 binds exceed the session cap of 10"), binds.body());
    }

    @Test
    void mobileTextAlertsRefusesPlainTcp() {
        HttpResponse<String> refused = admin.post("/api/accounts", object().add("name", "acc-mta")
                .add("provider", "mobile-text-alerts").add("systemId", "mta").add("password", "pw")
                .add("tls", false).build());
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("tls"), errorFields(refused));
        assertTrue(errorMessage(refused, "tls").contains("TLS"));

        HttpResponse<String> created = admin.post("/api/accounts", object().add("name", "acc-mta-ok")
                .add("provider", "mobile-text-alerts").add("systemId", "mta").add("password", "pw").build());
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(ConsoleClient.json(created).getJsonObject("effective").getBoolean("tls"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        HttpResponse<String> refused = admin.post("/api/accounts", object().add("name", "bad name")
                .add("provider", "nosuch").add("port", 70000).add("windowSize", "ten").add("systemId", "x")
                .add("bindGroups", array().add(object().add("name", "g").add("transmitters", -1))).build());
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("name", "provider", "port", "windowSize", "bindGroups[0].transmitters",
                "bindGroups[0].transceivers"), errorFields(refused));
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        HttpResponse<String> refused = admin.post("/api/accounts", object().build());
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("name", "provider"), errorFields(refused));

        HttpResponse<String> noSystemId = admin.post("/api/accounts", object().add("name", "acc-nosysid")
                .add("provider", "generic").add("hosts", "localhost").build());
        assertEquals(400, noSystemId.statusCode());
        assertEquals(List.of("systemId"), errorFields(noSystemId));
    }

    @Test
    void aTakenNameIsAConflict() {
        assertEquals(201, admin.post("/api/accounts", bulksms("acc-twice").build()).statusCode());
        HttpResponse<String> again = admin.post("/api/accounts", bulksms("acc-twice").build());
        assertEquals(409, again.statusCode());
        assertEquals(List.of("name"), errorFields(again));
    }

    @Test
    void anEditChangesOnlyTheGivenFieldsAndKeepsThePassword() {
        admin.post("/api/accounts", bulksms("acc-edit").build());
        HttpResponse<String> edited = admin.put("/api/accounts/acc-edit", object().add("enabled", false)
                .add("windowSize", 20).build());
        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject account = ConsoleClient.json(edited);
        assertFalse(account.getBoolean("enabled"));
        assertEquals(20, account.getInt("windowSize"));
        assertEquals("bulkuser", account.getString("systemId"));
        assertTrue(account.getBoolean("passwordSet"));

        HttpResponse<String> reset = admin.put("/api/accounts/acc-edit", object().add("windowSize", JsonValue.NULL).build());
        assertEquals(200, reset.statusCode());
        assertTrue(ConsoleClient.json(reset).isNull("windowSize"), "null falls back to the preset");
        assertEquals(10, ConsoleClient.json(reset).getJsonObject("effective").getInt("windowSize"));

        HttpResponse<String> rename = admin.put("/api/accounts/acc-edit", object().add("name", "other").build());
        assertEquals(400, rename.statusCode());
        assertEquals(List.of("name"), errorFields(rename));

        HttpResponse<String> tooLong = admin.put("/api/accounts/acc-edit", object().add("password", "123456789").build());
        assertEquals(400, tooLong.statusCode());
        assertEquals(List.of("password"), errorFields(tooLong));

        assertEquals(404, admin.put("/api/accounts/nosuch", object().add("enabled", true).build()).statusCode());
    }

    @Test
    void deleteRemovesTheAccount() {
        admin.post("/api/accounts", bulksms("acc-delete").build());
        assertEquals(200, admin.get("/api/accounts/acc-delete").statusCode());
        assertEquals(204, admin.delete("/api/accounts/acc-delete").statusCode());
        assertEquals(404, admin.get("/api/accounts/acc-delete").statusCode());
        assertEquals(404, admin.delete("/api/accounts/acc-delete").statusCode());
    }

    @Test
    void changesAreAudited() {
        admin.post("/api/accounts", bulksms("acc-audit").build());
        admin.put("/api/accounts/acc-audit", object().add("windowSize", 5).add("password", "newpass1").build());
        admin.delete("/api/accounts/acc-audit");
        HttpResponse<String> audit = admin.get("/api/audit?target=acc-audit");
        assertEquals(200, audit.statusCode());
        List<JsonObject> entries = ConsoleClient.json(audit).getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(List.of("account.deleted", "account.updated", "account.created"),
                entries.stream().map(e -> e.getString("action")).toList());
        assertTrue(entries.stream().allMatch(e -> e.getString("username").equals(TestConsole.ADMIN)));
        String update = entries.get(1).getString("detail");
        assertTrue(update.contains("windowSize: (preset) -> 5"), update);
        assertTrue(update.contains("password set"), update);
        assertFalse(audit.body().contains("newpass1"), "no secret in the audit log");
        assertFalse(audit.body().contains("secret12"), "no secret in the audit log");
    }

    @Test
    void presetsCarryTheProvidersValues() {
        HttpResponse<String> response = admin.get("/api/presets");
        assertEquals(200, response.statusCode());
        List<JsonObject> presets = ConsoleClient.json(response).getJsonArray("presets").getValuesAs(JsonObject.class);
        assertEquals(List.of("generic", "mitto", "gatewayapi", "gatewayapi-eu", "mobile-text-alerts", "surem", "bulksms"),
                presets.stream().map(p -> p.getString("provider")).toList());
        JsonObject bulk = presets.get(6);
        assertEquals(10, bulk.getJsonObject("settings").getInt("sessionCap"));
        assertFalse(bulk.getBoolean("hostsGiven"));
        assertEquals(0, bulk.getJsonObject("settings").getJsonArray("hosts").size());
        JsonObject gateway = presets.get(2);
        assertEquals(2, gateway.getJsonObject("settings").getJsonArray("hosts").size());
        assertEquals(8775, gateway.getInt("port"));
        assertTrue(presets.get(4).getBoolean("requiresTls"));
        assertEquals("5.0", presets.get(5).getJsonObject("settings").getString("interfaceVersion"));
    }

    @Test
    void bindGroupsStartFromThePresetAndAreCheckedAgainstTheCap() {
        admin.post("/api/accounts", bulksms("acc-groups").build());
        HttpResponse<String> initial = admin.get("/api/accounts/acc-groups/bind-groups");
        assertEquals(200, initial.statusCode());
        JsonObject groups = ConsoleClient.json(initial);
        assertTrue(groups.getBoolean("fromPreset"));
        assertEquals(10, groups.getInt("sessionCap"));
        JsonObject preset = groups.getJsonArray("groups").getJsonObject(0);
        assertEquals("default", preset.getString("name"));
        assertEquals("0", preset.getString("systemType"));
        assertEquals(1, preset.getInt("transceivers"));

        HttpResponse<String> saved = admin.put("/api/accounts/acc-groups/bind-groups", object().add("groups", array()
                .add(group("default", "0", 0, 0, 1)).add(group("marketing", "5", 2, 1, 0))).build());
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject after = ConsoleClient.json(saved);
        assertFalse(after.getBoolean("fromPreset"));
        assertEquals(4, after.getInt("totalBinds"));
        assertEquals(List.of("default", "marketing"), after.getJsonArray("groups").getValuesAs(JsonObject.class)
                .stream().map(g -> g.getString("name")).collect(Collectors.toList()));

        HttpResponse<String> overCap = admin.put("/api/accounts/acc-groups/bind-groups", object().add("groups", array()
                .add(group("default", "0", 0, 0, 1)).add(group("bulk", "5", 10, 0, 0))).build());
        assertEquals(400, overCap.statusCode());
        assertEquals(List.of("groups"), errorFields(overCap));

        HttpResponse<String> badCount = admin.put("/api/accounts/acc-groups/bind-groups", object().add("groups", array()
                .add(group("default", "0", 0, 0, 1)).add(object().add("name", "x").add("receivers", "two"))).build());
        assertEquals(400, badCount.statusCode());
        assertEquals("groups[1].receivers", errorFields(badCount).get(0));

        HttpResponse<String> sameSystemType = admin.put("/api/accounts/acc-groups/bind-groups", object().add("groups",
                array().add(group("a", "7", 0, 0, 1)).add(group("b", "7", 1, 0, 0))).build());
        assertEquals(400, sameSystemType.statusCode());
        assertEquals(List.of("groups[1].systemType"), errorFields(sameSystemType));

        HttpResponse<String> missing = admin.put("/api/accounts/acc-groups/bind-groups", object().build());
        assertEquals(400, missing.statusCode());
        assertEquals(List.of("groups"), errorFields(missing));

        assertEquals(404, admin.get("/api/accounts/nosuch/bind-groups").statusCode());
    }

    static jakarta.json.JsonObjectBuilder group(String name, String systemType, int tx, int rx, int trx) {
        return object().add("name", name).add("systemType", systemType).add("transmitters", tx).add("receivers", rx)
                .add("transceivers", trx);
    }

    private static List<Integer> ints(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList();
    }
}
