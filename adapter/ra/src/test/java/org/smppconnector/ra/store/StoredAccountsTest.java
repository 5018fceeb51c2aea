package org.smppconnector.ra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.store.account.StoredAccount;
import org.smppconnector.store.account.StoredBindGroup;

/** A factory's properties seed the store one to one: the store runs what the factory would have. */
class StoredAccountsTest {

    private static AccountProperties properties(String provider, String hosts, Integer port, String systemType,
                                                Integer tx, Integer rx, Integer trx, String bindGroups, Integer maxTps) {
        return new AccountProperties("acme", provider, hosts, port, null, null, null, null, null, null, "secret",
                systemType, tx, rx, trx, bindGroups, 25, maxTps, 20, 4000, 1, "5.0");
    }

    /** What the seeded account runs with, as the reconciler would build it. */
    private static AccountDefinition fromStore(org.smppconnector.store.account.AccountDefinition seed) {
        AccountSettings settings = seed.toSettings();
        StoredAccount stored = new StoredAccount(1, 1, seed, true, Instant.EPOCH, Instant.EPOCH);
        return StoredAccounts.definitionOf(stored, settings);
    }

    private static void assertSameRunning(AccountDefinition expected, AccountDefinition actual) {
        AccountSettings e = expected.settings();
        AccountSettings a = actual.settings();
        assertEquals(expected.groups(), actual.groups(), "bind groups and their names");
        assertEquals(e.preset(), a.preset());
        assertEquals(e.hosts(), a.hosts());
        assertEquals(e.tls(), a.tls());
        assertEquals(e.credentials(), a.credentials());
        assertEquals(e.credentials().password(), a.credentials().password());
        assertEquals(e.interfaceVersion(), a.interfaceVersion());
        assertEquals(e.windowSize(), a.windowSize());
        assertEquals(e.tpsLimit(), a.tpsLimit());
        assertEquals(e.keepalive(), a.keepalive());
        assertEquals(e.responseTimeout(), a.responseTimeout());
        assertEquals(e.reconnect().toString(), a.reconnect().toString());
    }

    @Test
    void bindGroupsPropertyAndEverySettingComeBackFromTheStoreAsTheFactoryHadThem() throws Exception {
        AccountProperties p = properties("generic", "a.example.com,b.example.com:2776", 2775, null, null, null, null,
                "default/1/1/0,marketing@mkt/2/0/0", 100);
        assertSameRunning(p.toDefinition(), fromStore(StoredAccounts.seedOf(p)));
    }

    @Test
    void theThreeCountsMakeTheGroupDefault() throws Exception {
        AccountProperties p = properties("generic", "127.0.0.1", 2775, "sys", 2, 1, 0, null, 0);
        AccountDefinition running = fromStore(StoredAccounts.seedOf(p));
        assertSameRunning(p.toDefinition(), running);
        assertEquals("default", running.groups().get(0).name());
        assertEquals("sys", running.groups().get(0).group().systemType());
        assertTrue(running.settings().tpsLimit().isEmpty(), "maxTps 0: no limit");
    }

    @Test
    void withoutBindSettingsThePresetsGroupsApplyUnderTheSameNames() throws Exception {
        AccountProperties gatewayApi = properties("gatewayapi", null, null, null, null, null, null, null, null);
        org.smppconnector.store.account.AccountDefinition seed = StoredAccounts.seedOf(gatewayApi);
        assertTrue(seed.bindGroups().isEmpty(), "the preset's, not copied");
        assertSameRunning(gatewayApi.toDefinition(), fromStore(seed));

        AccountProperties bulkSms = properties("bulksms", "127.0.0.1", null, null, null, null, null, null, null);
        assertSameRunning(bulkSms.toDefinition(), fromStore(StoredAccounts.seedOf(bulkSms)));
        assertEquals("0", fromStore(StoredAccounts.seedOf(bulkSms)).groups().get(0).name());
    }

    @Test
    void storedGroupsKeepTheirNamesAndTakeTheAccountsSystemType() {
        org.smppconnector.store.account.AccountDefinition stored = org.smppconnector.store.account.AccountDefinition
                .builder("acme", ProviderPreset.GENERIC).hosts("127.0.0.1").systemId("acme").systemType("acc")
                .bindGroups(List.of(new StoredBindGroup("main", null, 1, 1, 0), new StoredBindGroup("bulk", "blk", 2, 0, 0)))
                .build();
        AccountDefinition running = fromStore(stored);
        assertEquals(List.of("main", "bulk"), running.groups().stream().map(g -> g.name()).toList());
        assertEquals("acc", running.groups().get(0).group().systemType());
        assertEquals("bulk", running.groupOfSystemType("blk"));
    }

    @Test
    void aPropertyThatCannotWorkIsNamedBeforeAnythingIsStored() {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> StoredAccounts.seedOf(
                properties("generic", "127.0.0.1", 70000, null, null, null, null, null, null)));
        assertTrue(e.getMessage().startsWith("port"), e.getMessage());
    }
}
