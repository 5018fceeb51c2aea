package org.smppconnector.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;
import org.smppconnector.store.testing.StoreFixture;
import org.smppconnector.store.testing.TestClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class AccountRepositoryTest {

    @Parameter
    Database database;

    private final TestClock clock = new TestClock();
    private Database.Target target;
    private SmppStore store;
    private AccountRepository accounts;

    @BeforeEach
    void open() {
        target = database.fresh("accounts");
        store = StoreFixture.open(target, StoreConfig.defaults("node-a").withClock(clock));
        accounts = store.accounts();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AccountDefinition.Builder gatewayApi(String name) {
        return AccountDefinition.builder(name, ProviderPreset.GATEWAYAPI).systemId("acme").password("secret")
                .bindGroups(new StoredBindGroup("default", null, 0, 0, 2));
    }

    @Test
    void createdAccountsReadBackWithTheirBindGroupsButNoSecret() {
        accounts.create(gatewayApi("gw").trustStore("/etc/trust.p12", "storepass").build());

        StoredAccount stored = accounts.find("gw").orElseThrow();

        assertEquals("gw", stored.name());
        assertEquals(ProviderPreset.GATEWAYAPI, stored.definition().provider());
        assertEquals(List.of(new StoredBindGroup("default", null, 0, 0, 2)), stored.definition().bindGroups());
        assertEquals("/etc/trust.p12", stored.definition().trustStore());
        assertNull(stored.definition().password());
        assertNull(stored.definition().trustStorePassword());
        assertTrue(stored.passwordSet());
        assertEquals(List.of("gw"), accounts.list().stream().map(StoredAccount::name).toList());
    }

    @Test
    void anUpdateWithoutPasswordKeepsTheStoredOne() {
        accounts.create(gatewayApi("gw").build());
        long before = accounts.currentVersion();

        accounts.update(gatewayApi("gw").password(null).windowSize(20).build());

        AccountChanges changes = accounts.changesSince(before);
        assertEquals(1, changes.changed().size());
        assertEquals("secret", changes.changed().get(0).settings().credentials().password());
        assertEquals(20, changes.changed().get(0).settings().windowSize());

        accounts.update(gatewayApi("gw").password("newpass").build());
        assertEquals("newpass", accounts.changesSince(0).changed().get(0).settings().credentials().password());
    }

    @Test
    void namesAreUniqueAndMissingAccountsAreSaidSo() {
        accounts.create(gatewayApi("gw").build());

        assertThrows(AccountExistsException.class, () -> accounts.create(gatewayApi("gw").build()));
        assertThrows(NoSuchAccountException.class, () -> accounts.update(gatewayApi("other").build()));
        assertFalse(accounts.delete("other"));
    }

    @Test
    void settingsThatCannotWorkAreRefusedAndNothingIsWritten() {
        long before = accounts.currentVersion();
        AccountDefinition noHosts = AccountDefinition.builder("m", ProviderPreset.MITTO).systemId("acme").build();

        assertEquals("hosts", assertThrows(InvalidSettingException.class, () -> accounts.create(noHosts)).field());

        accounts.create(gatewayApi("gw").build());
        AccountDefinition tooManyBinds = gatewayApi("gw").sessionCap(2).binds(2, 1, 0).build();
        assertThrows(InvalidSettingException.class, () -> accounts.update(tooManyBinds));
        assertEquals(before + 1, accounts.currentVersion(), "only the create counted");
        assertEquals(2, accounts.find("gw").orElseThrow().definition().bindGroups().get(0).transceivers());
    }

    @Test
    void aPollWhenNothingChangedSaysSo() {
        accounts.create(gatewayApi("gw").build());
        AccountChanges all = accounts.changesSince(0);

        AccountChanges none = accounts.changesSince(all.version());

        assertTrue(none.unchanged());
        assertEquals(all.version(), none.version());
        assertTrue(none.changed().isEmpty());
        assertTrue(none.removedFrom(Set.of("gw")).isEmpty());
    }

    @Test
    void aPollSeesAnAddedAccountAChangedBindGroupAndARemovedAccount() {
        accounts.create(gatewayApi("gw").build());
        accounts.create(gatewayApi("old").build());
        AccountChanges start = accounts.changesSince(0);
        assertEquals(List.of("gw", "old"), start.changed().stream().map(AccountChange::name).toList());

        accounts.create(gatewayApi("new").build());
        accounts.update(gatewayApi("gw").bindGroups(new StoredBindGroup("default", null, 1, 0, 2)).build());
        accounts.delete("old");
        AccountChanges next = accounts.changesSince(start.version());

        assertFalse(next.unchanged());
        assertEquals(List.of("gw", "new"), next.changed().stream().map(AccountChange::name).toList());
        assertEquals(List.of(new BindGroup("", 1, 0, 2)), next.changed().get(0).settings().bindGroups(),
                "one more transmitter");
        assertEquals(Set.of("old"), next.removedFrom(Set.of("gw", "old")));
        assertEquals(Map.of("gw", next.changed().get(0).account().version(), "new",
                next.changed().get(1).account().version()), next.present());
    }

    @Test
    void aDisabledOrBrokenAccountIsReportedNotRun() {
        accounts.create(gatewayApi("gw").build());
        long version = accounts.currentVersion();
        accounts.update(gatewayApi("gw").enabled(false).build());

        AccountChange disabled = accounts.changesSince(version).changed().get(0);

        assertFalse(disabled.shouldRun());
        assertNull(disabled.problem());
    }

    @Test
    void seedingAddsWhatIsMissingAndLeavesTheConsolesWordAlone() {
        assertTrue(accounts.seed(gatewayApi("gw").windowSize(5).build()));
        accounts.update(gatewayApi("gw").windowSize(99).build());

        assertFalse(accounts.seed(gatewayApi("gw").windowSize(5).build()));

        assertEquals(99, accounts.find("gw").orElseThrow().definition().windowSize());
    }

    @Test
    void anotherNodeSeesTheChangesThroughTheStore() {
        try (SmppStore console = StoreFixture.open(target, StoreConfig.defaults("console").withClock(clock))) {
            long seen = accounts.changesSince(0).version();
            console.accounts().create(gatewayApi("from-console").build());

            AccountChanges changes = accounts.changesSince(seen);

            assertEquals(List.of("from-console"), changes.changed().stream().map(AccountChange::name).toList());
            assertTrue(changes.changed().get(0).shouldRun());
        }
    }
}
