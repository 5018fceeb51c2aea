package org.smppconnector.ra;

import java.util.Objects;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.ra.inbound.AccountInbound;
import org.smppconnector.ra.outbound.MessageSender;
import org.smppconnector.ra.outbound.SubmissionLog;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.BindChanges;

/**
 * One running account: what configures it (a factory's properties, or the shared store), what
 * that means, its pool of binds (owned by the adapter, up whether or not any connection is open),
 * the sender that maps applications' requests onto the pool and the handler of what its binds
 * receive. Its settings can change while it runs ({@link #reconfigure}); its name cannot.
 */
public final class Account {

    private final AccountProperties properties;
    private final AccountPool pool;
    private final MessageSender sender;
    private final AccountInbound inbound;
    private volatile AccountDefinition definition;

    /**
     * @param properties the factory's properties that started it; null for an account the store configures
     */
    Account(AccountProperties properties, AccountDefinition definition, AccountPool pool, AccountInbound inbound,
            SubmissionLog log) {
        this.properties = properties;
        this.definition = Objects.requireNonNull(definition, "definition");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.sender = new MessageSender(definition, pool, log);
    }

    public String name() {
        return definition.name();
    }

    /** The connection factory's properties that configure it; null when the store does. */
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

    /**
     * Applies new settings as the account runs: the pool opens, closes and rebinds only the binds
     * that changed, no request in flight is lost; then sending and receiving follow the new rules.
     */
    BindChanges reconfigure(AccountDefinition next) throws InterruptedException {
        if (!next.name().equals(name())) {
            throw new IllegalArgumentException("settings of account " + next.name() + " given to account " + name());
        }
        BindChanges changes = pool.reconfigure(next.settings());
        sender.update(next);
        inbound.update(next);
        definition = next;
        return changes;
    }

    @Override
    public String toString() {
        return "Account[" + name() + ", " + pool + "]";
    }
}
