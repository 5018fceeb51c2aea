package org.smppconnector.simulator.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The accounts of the simulated SMSC, changeable while it runs. */
public final class AccountRegistry {
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Consumer<Account> validator;

    /** @param validator throws {@link InvalidAccountException} for an account the profile forbids */
    public AccountRegistry(Consumer<Account> validator) {
        this.validator = validator;
    }

    /** Adds or replaces the account (by system_id). */
    public void put(Account account) {
        validator.accept(account);
        accounts.put(account.systemId(), account);
    }

    public void putAll(Collection<Account> list) {
        list.forEach(validator);
        list.forEach(account -> accounts.put(account.systemId(), account));
    }

    /** The account, or null. */
    public Account find(String systemId) {
        return systemId == null ? null : accounts.get(systemId);
    }

    public boolean remove(String systemId) {
        return accounts.remove(systemId) != null;
    }

    public List<Account> all() {
        return new ArrayList<>(accounts.values());
    }
}
