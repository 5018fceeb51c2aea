package org.smppconnector.ra.store;

import jakarta.resource.spi.InvalidPropertyException;
import java.util.ArrayList;
import java.util.List;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.ra.config.NamedBindGroup;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.store.account.AccountDefinition;
import org.smppconnector.store.account.StoredAccount;
import org.smppconnector.store.account.StoredBindGroup;

/**
 * Between the adapter's view of an account and the store's: a connection factory's properties
 * as the account they seed, and an account read from the store as the adapter runs it.
 */
final class StoredAccounts {

    private StoredAccounts() {
    }

    /**
     * The store's account for a factory's properties, field for field: what the factory would
     * have run without a store.
     *
     * @throws InvalidPropertyException naming the property that cannot work
     */
    static AccountDefinition seedOf(AccountProperties p) throws InvalidPropertyException {
        org.smppconnector.ra.config.AccountDefinition running = p.toDefinition(); // checks every property
        AccountDefinition.Builder b = AccountDefinition.builder(running.name(), running.settings().preset())
                .hosts(p.hosts())
                .port(p.port())
                .tls(p.tls())
                .trustStore(p.trustStore(), p.trustStorePassword())
                .keyStore(p.keyStore(), p.keyStorePassword())
                .systemId(running.settings().credentials().systemId())
                .password(p.password())
                .systemType(p.systemType())
                .interfaceVersion(p.interfaceVersion())
                .windowSize(p.windowSize())
                .maxTps(p.maxTps() == null || p.maxTps() <= 0 ? null : p.maxTps()) // 0: no limit, as no preset has one
                .enquireLinkSeconds(p.enquireLinkSeconds())
                .responseTimeoutMillis(p.responseTimeoutMillis())
                .reconnectDelaySeconds(p.reconnectDelaySeconds());
        boolean groupsGiven = !blank(p.bindGroups()) || p.transmitters() != null || p.receivers() != null
                || p.transceivers() != null || p.systemType() != null;
        if (groupsGiven) {
            List<StoredBindGroup> groups = new ArrayList<>();
            for (NamedBindGroup group : running.groups()) {
                BindGroup core = group.group();
                groups.add(new StoredBindGroup(group.name(), core.systemType(), core.transmitters(), core.receivers(),
                        core.transceivers()));
            }
            b.bindGroups(groups);
        }
        try {
            AccountDefinition seed = b.build();
            seed.toSettings();
            return seed;
        } catch (InvalidSettingException e) {
            throw new InvalidPropertyException("the store cannot keep these properties: " + e.getMessage());
        }
    }

    /**
     * The account as the adapter runs it: the store's engine settings, each bind group under its
     * stored name (the preset's groups, when none are stored, named by their system_type or
     * {@code default}).
     */
    static org.smppconnector.ra.config.AccountDefinition definitionOf(StoredAccount account, AccountSettings settings) {
        List<StoredBindGroup> stored = account.definition().bindGroups();
        List<BindGroup> core = settings.bindGroups();
        List<NamedBindGroup> named = new ArrayList<>();
        for (int i = 0; i < core.size(); i++) {
            BindGroup group = core.get(i);
            String name = i < stored.size() ? stored.get(i).name()
                    : group.systemType().isEmpty() ? AccountProperties.DEFAULT_GROUP : group.systemType();
            named.add(new NamedBindGroup(name, group));
        }
        return new org.smppconnector.ra.config.AccountDefinition(settings, named);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
