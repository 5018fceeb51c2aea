package org.smppconnector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.smppconnector.api.UnknownAccountException;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.ra.inbound.AccountInbound;
import org.smppconnector.ra.outbound.SubmissionLog;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.BindChanges;
import org.smppconnector.smpp.session.time.Scheduler;

/**
 * The adapter's accounts by name, each with its running pool. Without a store, a connection
 * factory registers its account's properties ({@link #register}): the first registration
 * starts the pool (every bind, receivers included), later ones with equal properties share it,
 * and one with different properties is refused naming the properties that differ: one account
 * has one set of binds, or the provider's session cap would be at the mercy of how many
 * factories name it. With a store, its reconciler {@link #start}s, {@link #reconfigure}s and
 * {@link #stop}s accounts as the store says.
 */
public final class AccountRegistry {

    private static final System.Logger LOG = System.getLogger(AccountRegistry.class.getName());

    private final Executor executor;
    private final Scheduler scheduler;
    private final Function<AccountDefinition, AccountInbound> inbound;
    private final SubmissionLog submissions;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private boolean stopped;

    /**
     * @param inbound the handler of an account's deliver_sm, given its definition
     */
    public AccountRegistry(Executor executor, Scheduler scheduler, Function<AccountDefinition, AccountInbound> inbound) {
        this(executor, scheduler, inbound, SubmissionLog.NONE);
    }

    /**
     * @param submissions where every account records the messages the SMSC accepted
     */
    public AccountRegistry(Executor executor, Scheduler scheduler, Function<AccountDefinition, AccountInbound> inbound,
                           SubmissionLog submissions) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.submissions = Objects.requireNonNull(submissions, "submissions");
    }

    /**
     * The running account these properties configure, started now if it is new.
     *
     * @throws InvalidPropertyException a property cannot work, or the account runs with other properties
     * @throws ResourceException        the adapter is stopped, or the pool could not start (TLS stores)
     */
    public synchronized Account register(AccountProperties properties) throws ResourceException {
        AccountDefinition definition = properties.toDefinition();
        Account existing = accounts.get(definition.name());
        if (existing != null) {
            if (properties.equals(existing.properties())) {
                return existing;
            }
            throw new InvalidPropertyException("account '" + definition.name() + "' already runs with other settings"
                    + " (differing: " + String.join(", ", existing.properties() == null ? Set.of("all")
                    : existing.properties().differences(properties)) + "); every"
                    + " connection factory of an account must configure it the same way");
        }
        return startAccount(properties, definition);
    }

    /**
     * Starts an account the store configures.
     *
     * @throws IllegalStateException when it runs already
     * @throws ResourceException     the adapter is stopped, or the pool could not start (TLS stores)
     */
    public synchronized Account start(AccountDefinition definition) throws ResourceException {
        if (accounts.containsKey(definition.name())) {
            throw new IllegalStateException("account " + definition.name() + " runs already");
        }
        return startAccount(null, definition);
    }

    private Account startAccount(AccountProperties properties, AccountDefinition definition) throws ResourceException {
        if (stopped) {
            throw new ResourceException("the SMPP resource adapter is stopped");
        }
        AccountInbound handler = inbound.apply(definition);
        AccountPool pool = new AccountPool(definition.settings(), executor, scheduler, handler);
        try {
            pool.start();
        } catch (RuntimeException e) {
            throw new ResourceException("account '" + definition.name() + "' could not start: " + e.getMessage(), e);
        }
        Account account = new Account(properties, definition, pool, handler, submissions);
        accounts.put(account.name(), account);
        LOG.log(System.Logger.Level.INFO, "SMPP account {0} started: {1} bind(s) in groups {2}", account.name(),
                pool.bindCount(), definition.groups().stream().map(g -> g.name()).toList());
        return account;
    }

    /**
     * Applies new settings to a running account; blocks while binds close and rebind.
     *
     * @throws UnknownAccountException when it does not run
     */
    public BindChanges reconfigure(AccountDefinition definition) throws UnknownAccountException, InterruptedException {
        Account account = require(definition.name());
        BindChanges changes = account.reconfigure(definition);
        LOG.log(System.Logger.Level.INFO, "SMPP account {0} reconfigured: {1}", account.name(), changes);
        return changes;
    }

    /**
     * Stops one account gracefully (its requests in flight answered, each bind unbinding) and
     * forgets it; blocks until done. The caller says why in the log.
     *
     * @return false when it did not run
     */
    public boolean stop(String name) throws InterruptedException {
        Account account;
        synchronized (this) {
            account = accounts.remove(name);
        }
        if (account == null) {
            return false;
        }
        account.pool().stop();
        return true;
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

    /** The running accounts' names, sorted. */
    public Set<String> names() {
        return new TreeSet<>(accounts.keySet());
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
