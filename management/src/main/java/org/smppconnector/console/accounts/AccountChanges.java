package org.smppconnector.console.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.smppconnector.store.account.AccountDefinition;
import org.smppconnector.store.account.ProviderNames;
import org.smppconnector.store.account.StoredBindGroup;

/** What an edit changed, for the audit log: field names with old and new values, secrets only as "changed". */
public final class AccountChanges {

    private AccountChanges() {
    }

    /** "provider=bulksms, hosts=..., password set" for a new account. */
    public static String created(AccountDefinition d) {
        return describe(null, d);
    }

    /** "windowSize: 10 -> 20; enabled: true -> false" for an edit; "no change" when nothing differs. */
    public static String changed(AccountDefinition before, AccountDefinition after) {
        String text = describe(before, after);
        return text.isEmpty() ? "no change" : text;
    }

    private static String describe(AccountDefinition before, AccountDefinition after) {
        List<String> parts = new ArrayList<>();
        field(parts, "provider", before, after, d -> ProviderNames.of(d.provider()));
        field(parts, "enabled", before, after, AccountDefinition::enabled);
        field(parts, "hosts", before, after, AccountDefinition::hosts);
        field(parts, "port", before, after, AccountDefinition::port);
        field(parts, "tls", before, after, AccountDefinition::tls);
        field(parts, "trustStore", before, after, AccountDefinition::trustStore);
        field(parts, "keyStore", before, after, AccountDefinition::keyStore);
        field(parts, "systemId", before, after, AccountDefinition::systemId);
        field(parts, "systemType", before, after, AccountDefinition::systemType);
        field(parts, "interfaceVersion", before, after, AccountDefinition::interfaceVersion);
        field(parts, "windowSize", before, after, AccountDefinition::windowSize);
        field(parts, "maxTps", before, after, AccountDefinition::maxTps);
        field(parts, "tpsBurst", before, after, AccountDefinition::tpsBurst);
        field(parts, "sessionCap", before, after, AccountDefinition::sessionCap);
        field(parts, "enquireLinkSeconds", before, after, AccountDefinition::enquireLinkSeconds);
        field(parts, "responseTimeoutMillis", before, after, AccountDefinition::responseTimeoutMillis);
        field(parts, "reconnectDelaySeconds", before, after, AccountDefinition::reconnectDelaySeconds);
        field(parts, "bindGroups", before, after, d -> groups(d.bindGroups()));
        secret(parts, "password", after.password());
        secret(parts, "trustStorePassword", after.trustStorePassword());
        secret(parts, "keyStorePassword", after.keyStorePassword());
        return String.join("; ", parts);
    }

    public static String groups(List<StoredBindGroup> groups) {
        if (groups.isEmpty()) {
            return "preset's";
        }
        List<String> text = new ArrayList<>();
        for (StoredBindGroup g : groups) {
            text.add(g.name() + (g.systemType() == null ? "" : "@" + g.systemType()) + "/" + g.transmitters() + "/"
                    + g.receivers() + "/" + g.transceivers());
        }
        return String.join(",", text);
    }

    private static void field(List<String> parts, String name, AccountDefinition before, AccountDefinition after,
                              Function<AccountDefinition, Object> value) {
        Object now = value.apply(after);
        if (before == null) {
            if (now != null) {
                parts.add(name + "=" + now);
            }
            return;
        }
        Object then = value.apply(before);
        if (!Objects.equals(then, now)) {
            parts.add(name + ": " + show(then) + " -> " + show(now));
        }
    }

    /** A secret in an edit is non-null only when the user gave a new one. */
    private static void secret(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + " set");
        }
    }

    private static String show(Object value) {
        return value == null ? "(preset)" : value.toString();
    }
}
