package org.smppconnector.ra;

import java.util.Objects;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.ra.outbound.MessageSender;
import org.smppconnector.smpp.pool.AccountPool;

/**
 * One running account: the properties it was registered with, what they mean, its pool of binds
 * (owned by the adapter, up whether or not any connection is open) and the sender that maps
 * applications' requests onto the pool.
 */
public final class Account {

    private final AccountProperties properties;
    private final AccountDefinition definition;
    private final AccountPool pool;
    private final MessageSender sender;

    Account(AccountProperties properties, AccountDefinition definition, AccountPool pool) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.sender = new MessageSender(definition, pool);
    }

    public String name() {
        return definition.name();
    }

    public AccountProperties properties() {
        return properties;
    }

    public AccountDefinition definition() {
        return definition;
    }

    public AccountPool pool() {
        return pool;
    }

    public MessageSender sender() {
        return sender;
    }

    @Override
    public String toString() {
        return "Account[" + name() + ", " + pool + "]";
    }
}
