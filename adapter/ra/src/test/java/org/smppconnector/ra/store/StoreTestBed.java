package org.smppconnector.ra.store;

import jakarta.resource.ResourceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.api.inbound.ReceiptListener;
import org.smppconnector.ra.AccountRegistry;
import org.smppconnector.ra.SmppResourceAdapter;
import org.smppconnector.ra.fixture.TestContainer;
import org.smppconnector.ra.fixture.TestEndpointFactory;
import org.smppconnector.ra.inbound.SmppActivationSpec;
import org.smppconnector.ra.outbound.SmppManagedConnectionFactory;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profile;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.account.AccountDefinition;
import org.smppconnector.store.account.StoredBindGroup;
import org.smppconnector.store.testing.Database;

/**
 * The adapter with a store, outside a container, against the simulator: a test BootstrapContext,
 * a fresh database of the kind asked for, and beside the adapter a second connection to that
 * database playing the management console (it writes accounts and reads what the adapter wrote).
 */
final class StoreTestBed implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String PASSWORD = "secret";

    final Database.Target database;
    final SmscSimulator smsc;
    final TestContainer container = new TestContainer();
    final SmppResourceAdapter adapter = new SmppResourceAdapter();
    final SmppStore console;
    final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    final BlockingQueue<Receipt> receiptQueue = new LinkedBlockingQueue<>();

    /**
     * @param accounts  the simulator's accounts (system_id = password-protected with {@link #PASSWORD})
     * @param adapterProperties adapter properties beyond the store's URL and user
     */
    StoreTestBed(Database database, String name, Profile profile, List<String> accounts,
                 Consumer<SmppResourceAdapter> adapterProperties) throws Exception {
        this.database = database.fresh(name);
        SmscSimulator.Builder simulator = SmscSimulator.builder(profile).port(0).redeliveryDelay(Duration.ofMillis(100))
                .pduLogCapacity(100_000);
        accounts.forEach(a -> simulator.account(a, PASSWORD));
        smsc = simulator.build().start();
        console = SmppStore.open(this.database.url(), this.database.user(), this.database.password(),
                StoreConfig.defaults("console"));
        adapter.setStoreUrl(this.database.url());
        adapter.setStoreUser(this.database.user());
        adapter.setStorePassword(this.database.password());
        adapter.setNodeName("node-a");
        adapterProperties.accept(adapter);
    }

    StoreTestBed start() throws Exception {
        adapter.start(container);
        return this;
    }

    /** The adapter's accounts; it must be started. */
    AccountRegistry registry() {
        try {
            return adapter.registry();
        } catch (ResourceException e) {
            throw new IllegalStateException(e);
        }
    }

    AdapterStore store() {
        return adapter.store().orElseThrow();
    }

    /** An account on the simulator as the console would enter it: plain TCP, a 1 s reconnect delay. */
    AccountDefinition.Builder account(String name, ProviderPreset provider, StoredBindGroup... groups) {
        return AccountDefinition.builder(name, provider).hosts("127.0.0.1").port(smsc.port()).tls(false)
                .systemId(name).password(PASSWORD).reconnectDelaySeconds(1).bindGroups(List.of(groups));
    }

    static StoredBindGroup group(String name, int transmitters, int receivers, int transceivers) {
        return new StoredBindGroup(name, null, transmitters, receivers, transceivers);
    }

    /** A connection definition for the account, as a deployer would configure it, associated with the adapter. */
    SmppConnectionFactory factory(String account, String bindGroups) throws Exception {
        SmppManagedConnectionFactory mcf = new SmppManagedConnectionFactory();
        mcf.setAccount(account);
        mcf.setHosts("127.0.0.1");
        mcf.setPort(smsc.port());
        mcf.setPassword(PASSWORD);
        mcf.setBindGroups(bindGroups);
        mcf.setReconnectDelaySeconds(1);
        mcf.setResourceAdapter(adapter);
        return (SmppConnectionFactory) mcf.createConnectionFactory();
    }

    /** A message-driven bean taking the account's receipts into {@link #receipts}, or throwing as {@code bean} says. */
    void listenForReceipts(String account, ReceiptListener bean) throws Exception {
        ReceiptListener recording = receipt -> {
            bean.onReceipt(receipt);
            receipts.add(receipt);
            receiptQueue.add(receipt);
        };
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setAccount(account);
        spec.setResourceAdapter(adapter);
        spec.validate();
        adapter.endpointActivation(new TestEndpointFactory(ReceiptListener.class, recording, false), spec);
    }

    void listenForReceipts(String account) throws Exception {
        listenForReceipts(account, receipt -> { });
    }

    /** Polls until the condition holds, failing after {@link #WAIT}. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            adapter.stop();
        } finally {
            smsc.stop();
            console.close();
            container.close();
        }
    }
}
