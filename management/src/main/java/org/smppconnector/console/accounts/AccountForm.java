package org.smppconnector.console.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.smppconnector.console.http.ApiException;
import org.smppconnector.console.http.FieldError;
import org.smppconnector.console.http.JsonBody;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.Credentials;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.store.account.AccountDefinition;
import org.smppconnector.store.account.ProviderNames;
import org.smppconnector.store.account.StoredAccount;
import org.smppconnector.store.account.StoredBindGroup;

/**
 * Reads an account from the API's JSON into the store's {@link AccountDefinition}, checking
 * each field on its own first (so that a form with several mistakes hears of all of them),
 * then the whole account with the engine's own validation and the provider's rules.
 *
 * <p>Fields: {@code name, provider, enabled, hosts ("host[:port], ..."), port, tls, trustStore,
 * trustStorePassword, keyStore, keyStorePassword, systemId, password, systemType,
 * interfaceVersion, windowSize, maxTps, tpsBurst, sessionCap, enquireLinkSeconds,
 * responseTimeoutMillis, reconnectDelaySeconds, bindGroups}. On update a field left out keeps
 * its value and a field set to null falls back to the preset's; a secret left out or null
 * keeps the stored one.
 */
public final class AccountForm {

    /** Account names appear in URLs and in the adapter's properties: keep them plain. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    public static final int MAX_BINDS_PER_GROUP = 1000;

    private AccountForm() {
    }

    /** A new account from a POST body. */
    public static AccountDefinition create(JsonBody body) {
        String name = body.requiredString("name");
        if (name != null && !NAME.matcher(name).matches()) {
            body.error("name", "letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100");
        }
        ProviderPreset provider = provider(body, true);
        AccountDefinition.Builder builder = AccountDefinition.builder(name == null ? "invalid" : name,
                provider == null ? ProviderPreset.GENERIC : provider);
        readSettings(body, builder);
        body.check();
        return checked(builder);
    }

    /** The stored account changed by a PUT body; the name cannot change. */
    public static AccountDefinition update(StoredAccount stored, JsonBody body) {
        String name = body.string("name").orElse(stored.name());
        if (!name.equals(stored.name())) {
            body.error("name", "an account cannot be renamed; create a new one");
        }
        AccountDefinition.Builder builder = stored.definition().toBuilder();
        ProviderPreset provider = provider(body, false);
        if (provider != null) {
            builder.provider(provider);
        }
        readSettings(body, builder);
        body.check();
        return checked(builder);
    }

    /** The stored account with its bind groups replaced. */
    public static AccountDefinition withBindGroups(StoredAccount stored, JsonBody body, String field) {
        List<StoredBindGroup> groups = bindGroups(body, field);
        if (groups == null && !body.hasErrors()) {
            body.error(field, "must be given: a list of bind groups");
        }
        body.check();
        try {
            return checked(stored.definition().toBuilder().bindGroups(groups));
        } catch (ApiException e) {
            // The engine names the list bindGroups; this request calls it by its own field.
            throw new ApiException(e.status(), e.errors().stream()
                    .map(error -> error.field() != null && error.field().startsWith("bindGroups")
                            ? new FieldError(field + error.field().substring("bindGroups".length()), error.message())
                            : error)
                    .toList());
        }
    }

    /**
     * The engine's settings for the definition, or the field at fault.
     *
     * @throws ApiException 400 naming the field
     */
    public static AccountSettings settings(AccountDefinition definition) {
        AccountSettings settings;
        try {
            settings = definition.toSettings();
        } catch (InvalidSettingException e) {
            throw ApiException.badField(SettingFields.toFormField(e.field()), problem(e));
        }
        ProviderRules.check(settings).ifPresent(error -> {
            throw ApiException.badFields(List.of(error));
        });
        return settings;
    }

    /** The message of the engine's exception without the field name it starts with. */
    public static String problem(InvalidSettingException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static AccountDefinition checked(AccountDefinition.Builder builder) {
        AccountDefinition definition;
        try {
            definition = builder.build();
        } catch (InvalidSettingException e) {
            throw ApiException.badField(SettingFields.toFormField(e.field()), problem(e));
        }
        settings(definition);
        return definition;
    }

    private static ProviderPreset provider(JsonBody body, boolean required) {
        Optional<String> text = required ? Optional.ofNullable(body.requiredString("provider")) : body.string("provider");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ProviderNames.parse(text.get());
        } catch (InvalidSettingException e) {
            body.error("provider", problem(e));
            return null;
        }
    }

    private static void readSettings(JsonBody body, AccountDefinition.Builder b) {
        body.bool("enabled").ifPresent(b::enabled);
        text(body, "hosts", 1000, value -> {
            checkHosts(body, value);
            b.hosts(value);
        });
        integer(body, "port", 1, 65535, b::port);
        if (body.present("tls")) {
            b.tls(body.bool("tls").orElse(null));
        }
        storeLocation(body, "trustStore", "trustStorePassword", b::trustStore);
        storeLocation(body, "keyStore", "keyStorePassword", b::keyStore);
        text(body, "systemId", Credentials.MAX_SYSTEM_ID, value -> {
            if (value != null) {
                check(body, "systemId", () -> new Credentials(value, ""));
            }
            b.systemId(value);
        });
        body.string("password").ifPresent(value -> {
            check(body, "password", () -> new Credentials("x", value));
            b.password(value);
        });
        text(body, "systemType", BindGroup.MAX_SYSTEM_TYPE, value -> {
            if (value != null) {
                check(body, "systemType", () -> new BindGroup(value, 0, 0, 1));
            }
            b.systemType(value);
        });
        text(body, "interfaceVersion", 8, value -> {
            if (value != null && !value.equals("3.4") && !value.equals("5.0")) {
                body.error("interfaceVersion", "must be 3.4 or 5.0");
            }
            b.interfaceVersion(value);
        });
        integer(body, "windowSize", 1, 65536, b::windowSize);
        integer(body, "maxTps", 1, 1_000_000_000, b::maxTps);
        integer(body, "tpsBurst", 1, 1_000_000, b::tpsBurst);
        integer(body, "sessionCap", 1, 10_000, b::sessionCap);
        integer(body, "enquireLinkSeconds", 1, 3600, b::enquireLinkSeconds);
        integer(body, "responseTimeoutMillis", 100, 600_000, b::responseTimeoutMillis);
        integer(body, "reconnectDelaySeconds", 1, 3600, b::reconnectDelaySeconds);
        if (body.present("bindGroups")) {
            List<StoredBindGroup> groups = bindGroups(body, "bindGroups");
            b.bindGroups(groups == null ? List.of() : groups);
        }
    }

    /** Bind groups from an array field; null when absent or unreadable (the errors say why). */
    static List<StoredBindGroup> bindGroups(JsonBody body, String field) {
        List<JsonBody> items = body.objects(field);
        if (items == null) {
            return null;
        }
        List<StoredBindGroup> groups = new ArrayList<>();
        for (JsonBody item : items) {
            String name = item.requiredString("name");
            String systemType = item.string("systemType").orElse(null);
            int transmitters = item.integer("transmitters", 0, MAX_BINDS_PER_GROUP).orElse(0);
            int receivers = item.integer("receivers", 0, MAX_BINDS_PER_GROUP).orElse(0);
            int transceivers = item.integer("transceivers", 0, MAX_BINDS_PER_GROUP).orElse(0);
            if (name != null && name.length() > 100) {
                item.error("name", "at most 100 characters");
            }
            if (systemType != null && !systemType.isEmpty()) {
                check(item, "systemType", () -> new BindGroup(systemType, 0, 0, 1));
            }
            if (transmitters + receivers + transceivers == 0) {
                item.error("transceivers", "a group needs at least one bind");
            }
            if (groups.stream().anyMatch(g -> g.name().equals(name))) {
                item.error("name", "another group has this name");
            }
            if (name != null && !item.hasErrors()) {
                groups.add(new StoredBindGroup(name, systemType, transmitters, receivers, transceivers));
            }
        }
        return groups;
    }

    private static void checkHosts(JsonBody body, String hosts) {
        if (hosts == null) {
            return;
        }
        for (String entry : hosts.split(",")) {
            String host = entry.strip();
            int colon = host.lastIndexOf(':');
            try {
                if (colon < 0) {
                    new SmscAddress(host, 1);
                } else {
                    new SmscAddress(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1)));
                }
            } catch (NumberFormatException e) {
                body.error("hosts", "the port of \"" + host + "\" is not a number");
                return;
            } catch (InvalidSettingException e) {
                body.error("hosts", "\"" + host + "\": " + problem(e));
                return;
            }
        }
    }

    private static void storeLocation(JsonBody body, String pathField, String passwordField,
                                      java.util.function.BiConsumer<String, String> setter) {
        if (!body.present(pathField) && !body.present(passwordField)) {
            return;
        }
        String path = body.string(pathField).orElse(null);
        String password = body.string(passwordField).orElse(null);
        setter.accept(path, password);
    }

    /** A text field: absent leaves it, null or blank clears it (the preset's value applies). */
    private static void text(JsonBody body, String field, int maxLength, Consumer<String> setter) {
        if (!body.present(field)) {
            return;
        }
        Optional<String> value = body.string(field);
        if (value.isPresent() && value.get().length() > maxLength) {
            body.error(field, "at most " + maxLength + " characters");
            return;
        }
        setter.accept(value.filter(v -> !v.isBlank()).map(String::strip).orElse(null));
    }

    private static void integer(JsonBody body, String field, int min, int max, Consumer<Integer> setter) {
        if (!body.present(field)) {
            return;
        }
        setter.accept(body.integer(field, min, max).orElse(null));
    }

    private static void check(JsonBody body, String field, Runnable construct) {
        try {
            construct.run();
        } catch (InvalidSettingException e) {
            body.error(field, problem(e));
        }
    }

    /** The error for a name in a URL that is not an account. */
    public static FieldError unknownAccount(String name) {
        return FieldError.general("no account " + name);
    }
}
