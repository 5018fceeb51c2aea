package org.smppconnector.store.account;

import java.util.Optional;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.InvalidSettingException;

/**
 * One account that changed since the version the adapter last saw, with the engine settings to
 * run it with (its password included), or the reason it cannot run.
 *
 * @param settings null when the account is disabled or its settings cannot work
 * @param problem  why the settings cannot work; null when they can (or the account is disabled)
 */
public record AccountChange(StoredAccount account, AccountSettings settings, InvalidSettingException problem) {

    public String name() {
        return account.name();
    }

    /** Whether the adapter should have this account's binds up. */
    public boolean shouldRun() {
        return settings != null;
    }

    public Optional<AccountSettings> runnableSettings() {
        return Optional.ofNullable(settings);
    }
}
