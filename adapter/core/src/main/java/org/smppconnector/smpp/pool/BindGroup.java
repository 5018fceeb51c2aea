package org.smppconnector.smpp.pool;

/**
 * Binds sharing one system_type (BulkSMS routes receipts within a group named by a numeric
 * system_type): how many transmitters, receivers and transceivers to keep up.
 *
 * @param systemType the system_type the group's binds present, at most 12 characters
 *                   (13 octets with the NUL); empty for none
 */
public record BindGroup(String systemType, int transmitters, int receivers, int transceivers) {

    public static final int MAX_SYSTEM_TYPE = 12;

    public BindGroup {
        systemType = systemType == null ? "" : systemType;
        Credentials.checkText("bindGroups.systemType", systemType, MAX_SYSTEM_TYPE);
        if (transmitters < 0 || receivers < 0 || transceivers < 0) {
            throw new InvalidSettingException("bindGroups.binds", "counts must not be negative");
        }
        if (transmitters + receivers + transceivers == 0) {
            throw new InvalidSettingException("bindGroups.binds", "a group needs at least one bind");
        }
    }

    /** {@code count} transceivers: the most common set-up. */
    public static BindGroup transceivers(String systemType, int count) {
        return new BindGroup(systemType, 0, 0, count);
    }

    /** All binds of the group. */
    public int binds() {
        return transmitters + receivers + transceivers;
    }

    /** Binds that can send (transmitters and transceivers). */
    public int transmittingBinds() {
        return transmitters + transceivers;
    }

    /** Binds that receive deliver_sm (receivers and transceivers). */
    public int receivingBinds() {
        return receivers + transceivers;
    }
}
