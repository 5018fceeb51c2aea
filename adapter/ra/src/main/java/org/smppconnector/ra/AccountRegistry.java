package org.smppconnector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.smppconnector.api.UnknownAccountException;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.time.Scheduler;

/**
 * The adapter's accounts by name, each with its running pool. A connection factory registers
 * its account's properties; the first registration starts the pool (every bind, receivers
 * included), later ones with equal properties share it, and one with different properties is
 * refused naming the properties that differ: one account has one set of binds, or the
 * provider's session cap would be at the mercy of how many factories name it.
 */
public final class AccountRegistry {

    private static final System.Logger LOG = System.getLogger(AccountRegistry.class.getName());

    private final Executor executor;
    private final Scheduler scheduler;
    private final Function<AccountDefinition, InboundHandler> inbound;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private boolean stopped;

    /**
     * @param inbound the handler of an account's deliver_sm, given its definition
     */
    public AccountRegistry(Executor executor, Scheduler scheduler, Function<AccountDefinition, InboundHandler> inbound) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
    }

    /**
     * The running account these properties configure, started now if it is new.
     *
     * @throws InvalidPropertyException a property cannot work, or the account runs with other properties
     * @throws ResourceException        the adapter is stopped, or the pool could not start (TLS stores)
     */
    public synchronized Account register(AccountProperties properties) throws ResourceException {
        if (stopped) {
            throw new ResourceException("the SMPP resource adapter is stopped");
        }
        AccountDefinition definition = properties.toDefinition();
        Account existing = accounts.get(definition.name());
        if (existing != null) {
            if (existing.properties().equals(properties)) {
                return existing;
            }
            throw new InvalidPropertyException("account '" + definition.name() + "' already runs with other settings"
                    + " (differing: " + String.join(", ", existing.properties().differences(properties)) + "); every"
                    + " connection factory of an account must configure it the same way");
        }
        AccountPool pool = new AccountPool(definition.settings(), executor, scheduler, inbound.apply(definition));
        try {
            pool.start();
        } catch (RuntimeException e) {
            throw new ResourceException("account '" + definition.name() + "' could not start: " + e.getMessage(), e);
        }
        Account account = new Account(properties, definition, pool);
        accounts.put(account.name(), account);
        LOG.log(System.Logger.Level.INFO, "SMPP account {0} started: {1} bind(s) in groups {2}", account.name(),
                pool.bindCount(), definition.groups().stream().map(g -> g.name()).toList());
        return account;
    }

    public Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    /** @throws UnknownAccountException when no factory registered the account */
    public Account require(String name) throws UnknownAccountException {
        Account account = accounts.get(name);
        if (account == null) {
            throw new UnknownAccountException(name);
        }
        return account;
    }

    public List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    /** Stops every pool gracefully: each bound session unbinds. Blocks until done. */
    public void stopAll() {
        List<Account> running;
        synchronized (this) {
            stopped = true;
            running = new ArrayList<>(accounts.values());
            accounts.clear();
        }
        for (Account account : running) {
            try {
                account.pool().stop();
                LOG.log(System.Logger.Level.INFO, "SMPP account {0} stopped", account.name());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "SMPP account " + account.name() + " did not stop cleanly", e);
            }
        }
    }
}
