package org.smppconnector.store.account;

import java.time.Instant;

/**
 * An account read from the store. Its {@link #definition()} carries no secret: whether each is
 * set is all the store tells.
 *
 * @param version   the store's configuration version of the account's last change
 * @param passwordSet whether a bind password is stored
 */
public record StoredAccount(long id, long version, AccountDefinition definition, boolean passwordSet,
                            Instant createdAt, Instant updatedAt) {

    public String name() {
        return definition.name();
    }

    public boolean enabled() {
        return definition.enabled();
    }
}
