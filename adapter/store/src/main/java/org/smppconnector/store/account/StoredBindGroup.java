package org.smppconnector.store.account;

import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InvalidSettingException;

/**
 * A bind group as the store keeps it: named (unique within its account), with its own
 * system_type or, when that is null, the account's.
 */
public record StoredBindGroup(String name, String systemType, int transmitters, int receivers, int transceivers) {

    /** The group an account has when none is configured. */
    public static final String DEFAULT_NAME = "default";

    public StoredBindGroup {
        if (name == null || name.isBlank()) {
            throw new InvalidSettingException("bindGroups.name", "must not be blank");
        }
        if (name.length() > 100) {
            throw new InvalidSettingException("bindGroups.name", "at most 100 characters: " + name);
        }
        systemType = systemType == null || systemType.isEmpty() ? null : systemType;
    }

    /** The engine's form, with the account's system_type where the group names none. */
    public BindGroup toCore(String accountSystemType) {
        return new BindGroup(systemType != null ? systemType : accountSystemType, transmitters, receivers, transceivers);
    }

    /** The binds of this group in total. */
    public int binds() {
        return transmitters + receivers + transceivers;
    }
}
