package org.smppconnector.console.accounts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.SmppOperation;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.store.account.AccountDefinition;
import org.smppconnector.store.account.ProviderNames;
import org.smppconnector.store.account.StoredAccount;
import org.smppconnector.store.account.StoredBindGroup;
import org.smppconnector.store.status.SessionStatusRow;

/**
 * Accounts as the API shows them: the configured fields (null where the preset applies),
 * whether each secret is set but never its value, the effective settings the adapter will use,
 * and the live state from the adapter's session status.
 */
public final class AccountJson {

    private AccountJson() {
    }

    public static JsonObject account(StoredAccount stored, List<SessionStatusRow> sessions) {
        AccountDefinition d = stored.definition();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", d.name())
                .add("provider", ProviderNames.of(d.provider()))
                .add("providerName", d.provider().displayName())
                .add("enabled", d.enabled());
        text(json, "hosts", d.hosts());
        number(json, "port", d.port());
        json.add("tls", d.tls() == null ? JsonValue.NULL : d.tls() ? JsonValue.TRUE : JsonValue.FALSE);
        text(json, "trustStore", d.trustStore());
        text(json, "keyStore", d.keyStore());
        text(json, "systemId", d.systemId());
        json.add("passwordSet", stored.passwordSet());
        text(json, "systemType", d.systemType());
        text(json, "interfaceVersion", d.interfaceVersion());
        number(json, "windowSize", d.windowSize());
        number(json, "maxTps", d.maxTps());
        number(json, "tpsBurst", d.tpsBurst());
        number(json, "sessionCap", d.sessionCap());
        number(json, "enquireLinkSeconds", d.enquireLinkSeconds());
        number(json, "responseTimeoutMillis", d.responseTimeoutMillis());
        number(json, "reconnectDelaySeconds", d.reconnectDelaySeconds());
        json.add("bindGroups", bindGroups(d.bindGroups()));
        json.add("version", stored.version());
        json.add("createdAt", stored.createdAt().toString());
        json.add("updatedAt", stored.updatedAt().toString());
        try {
            json.add("effective", effective(d.toSettings()));
            json.add("settingsError", JsonValue.NULL);
        } catch (InvalidSettingException e) {
            json.add("effective", JsonValue.NULL);
            json.add("settingsError", Json.createObjectBuilder()
                    .add("field", SettingFields.toFormField(e.field()))
                    .add("message", AccountForm.problem(e)));
        }
        json.add("state", state(sessions));
        return json.build();
    }

    public static JsonArrayBuilder bindGroups(List<StoredBindGroup> groups) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (StoredBindGroup group : groups) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("name", group.name());
            text(item, "systemType", group.systemType());
            list.add(item.add("transmitters", group.transmitters())
                    .add("receivers", group.receivers())
                    .add("transceivers", group.transceivers()));
        }
        return list;
    }

    /** The settings the engine will run with, every preset value resolved. */
    public static JsonObject effective(AccountSettings s) {
        JsonArrayBuilder hosts = Json.createArrayBuilder();
        for (SmscAddress host : s.hosts()) {
            hosts.add(host.toString());
        }
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (BindGroup group : s.bindGroups()) {
            groups.add(Json.createObjectBuilder()
                    .add("systemType", group.systemType())
                    .add("transmitters", group.transmitters())
                    .add("receivers", group.receivers())
                    .add("transceivers", group.transceivers()));
        }
        JsonArrayBuilder codings = Json.createArrayBuilder();
        new TreeSet<>(s.allowedDataCodings()).forEach(codings::add);
        JsonArrayBuilder multipart = Json.createArrayBuilder();
        new TreeSet<>(s.segmentation().multipartDataCodings()).forEach(multipart::add);
        JsonArrayBuilder operations = Json.createArrayBuilder();
        for (SmppOperation operation : SmppOperation.values()) {
            if (s.supports(operation)) {
                operations.add(operation.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("hosts", hosts)
                .add("tls", s.tls().enabled())
                .add("interfaceVersion", s.interfaceVersion().label())
                .add("bindGroups", groups)
                .add("totalBinds", s.totalBinds())
                .add("windowSize", s.windowSize())
                .add("tpsBurst", s.tpsBurst())
                .add("responseTimeoutMillis", s.responseTimeout().toMillis())
                .add("enquireLinkSeconds", s.keepalive().interval().toSeconds())
                .add("keepalive", s.keepalive().toString())
                .add("reconnect", s.reconnect().toString())
                .add("allowedDataCodings", codings)
                .add("segmentation", Json.createObjectBuilder()
                        .add("method", s.segmentation().method().name())
                        .add("gsm7PerPart", s.segmentation().gsm7PerPart())
                        .add("ucs2PerPart", s.segmentation().ucs2PerPart())
                        .add("octetsPerPart", s.segmentation().octetsPerPart())
                        .add("multipartDataCodings", multipart))
                .add("supportedOperations", operations);
        json.add("sessionCap", s.sessionCap().isPresent() ? Json.createValue(s.sessionCap().getAsInt()) : JsonValue.NULL);
        json.add("maxTps", s.tpsLimit().isPresent() ? Json.createValue(s.tpsLimit().getAsInt()) : JsonValue.NULL);
        json.add("maxValidityDays", s.maxValidity().map(v -> (JsonValue) Json.createValue(v.toDays()))
                .orElse(JsonValue.NULL));
        return json.build();
    }

    /** Bound sessions out of all reported, and the latest error any of them reported. */
    public static JsonObject state(List<SessionStatusRow> sessions) {
        int bound = 0;
        SessionStatusRow lastError = null;
        for (SessionStatusRow row : sessions) {
            if (row.bound()) {
                bound++;
            }
            if (row.lastError() != null && (lastError == null || later(row.updatedAt(), lastError.updatedAt()))) {
                lastError = row;
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("sessions", sessions.size())
                .add("bound", bound);
        if (lastError == null) {
            json.add("lastError", JsonValue.NULL).add("lastErrorAt", JsonValue.NULL);
        } else {
            json.add("lastError", lastError.lastError()).add("lastErrorAt", lastError.updatedAt().toString());
        }
        return json.build();
    }

    private static boolean later(Instant a, Instant b) {
        return b == null || (a != null && a.isAfter(b));
    }

    static void text(JsonObjectBuilder json, String name, String value) {
        json.add(name, value == null ? JsonValue.NULL : Json.createValue(value));
    }

    static void number(JsonObjectBuilder json, String name, Integer value) {
        json.add(name, value == null ? JsonValue.NULL : Json.createValue(value));
    }
}
