package org.smppconnector.ra.config;

import java.util.List;
import java.util.Objects;
import org.smppconnector.smpp.pool.AccountSettings;

/**
 * An account as the adapter runs it: the core's settings and the names of its bind groups, in
 * the settings' group order.
 */
public record AccountDefinition(AccountSettings settings, List<NamedBindGroup> groups) {

    public AccountDefinition {
        Objects.requireNonNull(settings, "settings");
        groups = List.copyOf(groups);
    }

    public String name() {
        return settings.name();
    }

    /**
     * The name of the group whose binds present this system_type (each group's is unique);
     * the system_type itself for a group the definition does not know.
     */
    public String groupOfSystemType(String systemType) {
        for (NamedBindGroup group : groups) {
            if (group.group().systemType().equals(systemType)) {
                return group.name();
            }
        }
        return systemType;
    }

    /** Whether the account has a group of this name. */
    public boolean hasGroup(String name) {
        return groups.stream().anyMatch(group -> group.name().equals(name));
    }

    /** Whether any of its binds receives deliver_sm. */
    public boolean receives() {
        return groups.stream().anyMatch(group -> group.group().receivingBinds() > 0);
    }
}
