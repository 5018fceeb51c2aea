package org.smppconnector.store.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in the accounts since a configuration version: the answer to the adapter's poll.
 *
 * @param version the current configuration version: pass it to the next poll
 * @param changed the accounts created or changed (bind groups included) since the version asked
 *                about, in name order
 * @param present every account in the store, by name, with its version; empty when nothing
 *                changed at all (then {@link #unchanged()} is true)
 */
public record AccountChanges(long version, List<AccountChange> changed, Map<String, Long> present, boolean unchanged) {

    public AccountChanges {
        changed = List.copyOf(changed);
        present = Map.copyOf(present);
    }

    static AccountChanges none(long version) {
        return new AccountChanges(version, List.of(), Map.of(), true);
    }

    /** Of the accounts the caller runs, those no longer in the store. */
    public Set<String> removedFrom(Set<String> running) {
        Set<String> removed = new TreeSet<>();
        if (unchanged) {
            return removed;
        }
        for (String name : running) {
            if (!present.containsKey(name)) {
                removed.add(name);
            }
        }
        return removed;
    }
}
