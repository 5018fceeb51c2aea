package org.smppconnector.console.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.smppconnector.console.accounts.AccountChanges;
import org.smppconnector.console.accounts.AccountForm;
import org.smppconnector.console.accounts.AccountJson;
import org.smppconnector.console.accounts.PresetJson;
import org.smppconnector.console.accounts.SettingFields;
import org.smppconnector.console.audit.AuditLog;
import org.smppconnector.console.auth.Principal;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.http.ApiException;
import org.smppconnector.console.http.JsonBody;
import org.smppconnector.console.http.Responses;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.store.account.AccountDefinition;
import org.smppconnector.store.account.AccountExistsException;
import org.smppconnector.store.account.AccountRepository;
import org.smppconnector.store.account.NoSuchAccountException;
import org.smppconnector.store.account.StoredAccount;
import org.smppconnector.store.account.StoredBindGroup;
import org.smppconnector.store.status.SessionStatusRow;
import org.smppconnector.store.status.SessionStatusStore;

/**
 * Provider accounts and their bind groups: {@code /api/accounts}, {@code /api/accounts/{name}},
 * {@code /api/accounts/{name}/bind-groups}, and the presets the form starts from
 * ({@code /api/presets}). Every change is audited; the adapter picks it up from the store's
 * configuration version and rebinds without a redeploy.
 */
public final class AccountsApi implements RouteGroup {

    private final AccountRepository accounts;
    private final SessionStatusStore sessions;
    private final AuditLog audit;

    public AccountsApi(AccountRepository accounts, SessionStatusStore sessions, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/presets", (req, res) -> Responses.json(res, PresetJson.all())),
                Route.get("/api/accounts", this::list),
                Route.post("/api/accounts", this::create),
                Route.get("/api/accounts/{name}", this::get),
                Route.put("/api/accounts/{name}", this::update),
                Route.delete("/api/accounts/{name}", this::delete),
                Route.get("/api/accounts/{name}/bind-groups", this::getGroups),
                Route.put("/api/accounts/{name}/bind-groups", this::putGroups));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Map<String, List<SessionStatusRow>> byAccount = sessions.read().stream()
                .collect(Collectors.groupingBy(SessionStatusRow::account));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (StoredAccount account : accounts.list()) {
            list.add(AccountJson.account(account, byAccount.getOrDefault(account.name(), List.of())));
        }
        Responses.json(res, Json.createObjectBuilder().add("accounts", list).build());
    }

    private void get(ServerRequest req, ServerResponse res) {
        StoredAccount account = find(req);
        Responses.json(res, AccountJson.account(account, sessions.read(account.name())));
    }

    private void create(ServerRequest req, ServerResponse res) {
        AccountDefinition definition = AccountForm.create(JsonBody.read(req));
        StoredAccount created;
        try {
            created = accounts.create(definition);
        } catch (AccountExistsException e) {
            throw ApiException.conflict("name", "an account of that name exists");
        } catch (InvalidSettingException e) {
            throw invalid(e);
        }
        audit.record(Principal.of(req).username(), AuditLog.ACCOUNT_CREATED, created.name(),
                AccountChanges.created(definition));
        res.header("Location", "/api/accounts/" + created.name());
        Responses.json(res, Status.CREATED_201, AccountJson.account(created, List.of()));
    }

    private void update(ServerRequest req, ServerResponse res) {
        StoredAccount before = find(req);
        AccountDefinition definition = AccountForm.update(before, JsonBody.read(req));
        StoredAccount after = save(definition);
        audit.record(Principal.of(req).username(), AuditLog.ACCOUNT_UPDATED, after.name(),
                AccountChanges.changed(before.definition(), definition));
        Responses.json(res, AccountJson.account(after, sessions.read(after.name())));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        String name = req.path().pathParameters().get("name");
        if (!accounts.delete(name)) {
            throw ApiException.notFound("no account " + name);
        }
        audit.record(Principal.of(req).username(), AuditLog.ACCOUNT_DELETED, name, null);
        Responses.noContent(res);
    }

    private void getGroups(ServerRequest req, ServerResponse res) {
        Responses.json(res, groups(find(req)));
    }

    private void putGroups(ServerRequest req, ServerResponse res) {
        StoredAccount before = find(req);
        AccountDefinition definition = AccountForm.withBindGroups(before, JsonBody.read(req), "groups");
        StoredAccount after = save(definition);
        audit.record(Principal.of(req).username(), AuditLog.BIND_GROUPS_UPDATED, after.name(),
                AccountChanges.groups(before.definition().bindGroups()) + " -> "
                        + AccountChanges.groups(definition.bindGroups()));
        Responses.json(res, groups(after));
    }

    /**
     * The account's groups with their live state; an account that never configured any shows
     * its preset's, named, so that saving them makes them its own.
     */
    private JsonObject groups(StoredAccount account) {
        AccountDefinition d = account.definition();
        List<StoredBindGroup> groups = d.bindGroups();
        boolean fromPreset = groups.isEmpty();
        JsonObjectBuilder json = Json.createObjectBuilder().add("account", account.name());
        json.add("systemType", d.systemType() == null ? JsonValue.NULL : Json.createValue(d.systemType()));
        try {
            AccountSettings settings = d.toSettings();
            if (fromPreset) {
                groups = named(settings.bindGroups(), d.systemType());
            }
            json.add("sessionCap", settings.sessionCap().isPresent()
                    ? Json.createValue(settings.sessionCap().getAsInt()) : JsonValue.NULL);
            json.add("totalBinds", settings.totalBinds());
        } catch (InvalidSettingException e) {
            json.add("sessionCap", d.sessionCap() == null ? JsonValue.NULL : Json.createValue(d.sessionCap()));
            json.add("totalBinds", groups.stream().mapToInt(StoredBindGroup::binds).sum());
        }
        List<SessionStatusRow> rows = sessions.read(account.name());
        JsonArrayBuilder list = Json.createArrayBuilder();
        JsonArray groupsJson = AccountJson.bindGroups(groups).build();
        for (int i = 0; i < groups.size(); i++) {
            String name = groups.get(i).name();
            list.add(Json.createObjectBuilder(groupsJson.getJsonObject(i))
                    .add("state", AccountJson.state(rows.stream().filter(r -> r.bindGroup().equals(name)).toList())));
        }
        return json.add("fromPreset", fromPreset).add("groups", list).build();
    }

    private static List<StoredBindGroup> named(List<BindGroup> groups, String accountSystemType) {
        List<StoredBindGroup> result = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            BindGroup g = groups.get(i);
            String systemType = g.systemType().isEmpty() || g.systemType().equals(accountSystemType) ? null
                    : g.systemType();
            result.add(new StoredBindGroup(i == 0 ? StoredBindGroup.DEFAULT_NAME : "group-" + (i + 1), systemType,
                    g.transmitters(), g.receivers(), g.transceivers()));
        }
        return result;
    }

    private StoredAccount save(AccountDefinition definition) {
        try {
            return accounts.update(definition);
        } catch (NoSuchAccountException e) {
            throw ApiException.notFound("no account " + definition.name());
        } catch (InvalidSettingException e) {
            throw invalid(e);
        }
    }

    private StoredAccount find(ServerRequest req) {
        String name = req.path().pathParameters().get("name");
        return accounts.find(name).orElseThrow(() -> ApiException.notFound("no account " + name));
    }

    private static ApiException invalid(InvalidSettingException e) {
        return ApiException.badField(SettingFields.toFormField(e.field()), AccountForm.problem(e));
    }
}
