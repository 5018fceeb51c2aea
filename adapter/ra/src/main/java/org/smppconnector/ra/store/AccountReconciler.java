package org.smppconnector.ra.store;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.smppconnector.ra.Account;
import org.smppconnector.ra.AccountRegistry;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.store.StoreException;
import org.smppconnector.store.account.AccountChange;
import org.smppconnector.store.account.AccountChanges;
import org.smppconnector.store.account.AccountRepository;

/**
 * Keeps the running accounts as the store says, touching only what changed: an account added
 * (or enabled) starts, one disabled or deleted stops gracefully, one changed is reconfigured in
 * place ({@link org.smppconnector.smpp.pool.AccountPool#reconfigure}: only the binds that changed
 * open, close or rebind, no request in flight is lost). One poll costs one single-row query when
 * nothing changed. An account that failed to start is tried again at every poll until it starts
 * or changes.
 *
 * <p>Connection factories' properties seed the store ({@link #seedAndGet}): an account not in the
 * store yet is added from them, and the account then runs as the store has it.
 */
public final class AccountReconciler {

    private static final System.Logger LOG = System.getLogger(AccountReconciler.class.getName());

    private final AccountRepository repository;
    private final AccountRegistry registry;
    /** The store's configuration version last applied. */
    private long version;
    /** Accounts that should run but could not start (or change), to try again. */
    private final Map<String, AccountChange> retry = new HashMap<>();
    /** Why an account of the store does not run; for the factories that ask for it. */
    private final Map<String, String> notRunning = new ConcurrentHashMap<>();
    private final Set<String> toldStoreWins = ConcurrentHashMap.newKeySet();
    /** The factory properties that added an account to the store, by account. */
    private final Map<String, AccountProperties> seededBy = new ConcurrentHashMap<>();

    public AccountReconciler(AccountRepository repository, AccountRegistry registry) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Compares the running accounts with the store and applies the differences; blocks while
     * binds close and rebind.
     *
     * @throws StoreException when the store cannot be read (nothing changes then)
     */
    public synchronized void reconcile() throws InterruptedException {
        AccountChanges changes = repository.changesSince(version);
        List<AccountChange> toApply = new ArrayList<>();
        if (!changes.unchanged()) {
            Set<String> known = new TreeSet<>(registry.names());
            known.addAll(retry.keySet());
            known.addAll(notRunning.keySet());
            for (String removed : changes.removedFrom(known)) {
                retry.remove(removed);
                notRunning.remove(removed);
                if (registry.stop(removed)) {
                    LOG.log(System.Logger.Level.INFO, "SMPP account {0} removed from the store: stopped", removed);
                }
            }
            for (AccountChange change : changes.changed()) {
                retry.remove(change.name());
                toApply.add(change);
            }
            version = changes.version();
        }
        toApply.addAll(retry.values());
        retry.clear();
        for (AccountChange change : toApply) {
            apply(change);
        }
    }

    private void apply(AccountChange change) throws InterruptedException {
        String name = change.name();
        boolean running = registry.find(name).isPresent();
        if (!change.shouldRun()) {
            String why = change.problem() == null ? "it is disabled in the store"
                    : "its settings in the store cannot work: " + change.problem().getMessage();
            if (!why.equals(notRunning.put(name, why)) && change.problem() != null) {
                LOG.log(System.Logger.Level.WARNING, "SMPP account {0} does not run: {1}", name, why);
            }
            if (registry.stop(name)) {
                LOG.log(System.Logger.Level.INFO, "SMPP account {0} stopped: {1}", name, why);
            }
            return;
        }
        AccountDefinition definition = StoredAccounts.definitionOf(change.account(), change.settings());
        try {
            if (running) {
                registry.reconfigure(definition);
            } else {
                registry.start(definition);
            }
            notRunning.remove(name);
        } catch (ResourceException | RuntimeException e) {
            retry.put(name, change);
            String why = (running ? "could not take its new settings: " : "could not start: ") + e.getMessage();
            if (!why.equals(notRunning.put(name, why))) {
                LOG.log(System.Logger.Level.WARNING, "SMPP account {0} {1} (tried again every poll)", name, why);
            }
        }
    }

    /**
     * A connection factory's account: added to the store from its properties unless the store
     * has it, then running as the store says.
     *
     * @throws jakarta.resource.spi.InvalidPropertyException a property cannot work
     * @throws ResourceException the store cannot be reached, or the account does not run (disabled
     *         in the store, settings there that cannot work, a pool that cannot start), saying why
     */
    public Account seedAndGet(AccountProperties properties) throws ResourceException {
        org.smppconnector.store.account.AccountDefinition seed = StoredAccounts.seedOf(properties);
        String name = seed.name();
        Optional<Account> running = registry.find(name);
        if (running.isPresent()) {
            tellStoreWins(name, properties);
            return running.get();
        }
        boolean added;
        try {
            added = repository.seed(seed);
            reconcile();
        } catch (StoreException e) {
            throw new ResourceAdapterInternalException("account '" + name + "': the store could not be reached: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResourceException("interrupted while starting account '" + name + "'", e);
        }
        if (added) {
            seededBy.put(name, properties);
            LOG.log(System.Logger.Level.INFO, "SMPP account {0} added to the store from its connection factory''s"
                    + " properties", name);
        } else {
            tellStoreWins(name, properties);
        }
        return registry.find(name).orElseThrow(() -> new ResourceException("account '" + name + "' does not run: "
                + notRunning.getOrDefault(name, "it is not in the store")));
    }

    /** Once per account, unless these are the properties that seeded it. */
    private void tellStoreWins(String name, AccountProperties properties) {
        if (!properties.equals(seededBy.get(name)) && toldStoreWins.add(name)) {
            LOG.log(System.Logger.Level.INFO, "SMPP account {0} runs as the store has it; the connection factory''s"
                    + " properties ({1}) only seed an account the store does not have", name, properties);
        }
    }

    /** Why an account of the store does not run, if it does not. */
    public Optional<String> whyNotRunning(String name) {
        return Optional.ofNullable(notRunning.get(name));
    }
}
