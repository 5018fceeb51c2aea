package org.smppconnector.ra.config;

import static org.smppconnector.ra.config.AccountProperties.invalid;

import jakarta.resource.spi.InvalidPropertyException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InvalidSettingException;

/**
 * Reads the {@code bindGroups} property: comma-separated {@code name[@systemType]/tx/rx/trx},
 * e.g. {@code default/1/1/0,marketing@mkt/2/0/0}. It has no ':' or '=' so that asadmin's
 * {@code --property} takes it unescaped. A group without {@code @systemType} presents the
 * account's {@code systemType} (or the preset's); each group's system_type must differ, as the
 * SMSC tells groups apart by it.
 */
final class BindGroupsProperty {

    private static final String PROPERTY = "bindGroups";

    private BindGroupsProperty() {
    }

    static List<NamedBindGroup> parse(String value, String defaultSystemType) throws InvalidPropertyException {
        List<NamedBindGroup> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String item : value.split(",")) {
            String entry = item.strip();
            String[] fields = entry.split("/", -1);
            if (fields.length != 4) {
                throw invalid(PROPERTY, "entry \"" + entry + "\" is not name[@systemType]/transmitters/receivers/transceivers");
            }
            String name = fields[0].strip();
            String systemType = defaultSystemType;
            int at = name.indexOf('@');
            if (at >= 0) {
                systemType = name.substring(at + 1).strip();
                name = name.substring(0, at).strip();
            }
            if (name.isEmpty()) {
                throw invalid(PROPERTY, "entry \"" + entry + "\" has no group name");
            }
            if (!names.add(name)) {
                throw invalid(PROPERTY, "names group \"" + name + "\" twice");
            }
            try {
                groups.add(new NamedBindGroup(name, new BindGroup(systemType, count(entry, fields[1]),
                        count(entry, fields[2]), count(entry, fields[3]))));
            } catch (InvalidSettingException e) {
                throw invalid(PROPERTY, "group \"" + name + "\": " + e.getMessage());
            }
        }
        return groups;
    }

    private static int count(String entry, String text) throws InvalidPropertyException {
        try {
            int count = Integer.parseInt(text.strip());
            if (count < 0) {
                throw invalid(PROPERTY, "entry \"" + entry + "\" has a negative count");
            }
            return count;
        } catch (NumberFormatException e) {
            throw invalid(PROPERTY, "entry \"" + entry + "\" has a count that is not a number: \"" + text + "\"");
        }
    }
}
