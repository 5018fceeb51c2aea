package org.smppconnector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import java.io.Serializable;
import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;
import javax.transaction.xa.XAResource;
import org.smppconnector.ra.config.AccountProperties;
import org.smppconnector.ra.inbound.AccountInbound;
import org.smppconnector.ra.inbound.EndpointDispatcher;
import org.smppconnector.ra.inbound.SmppActivationSpec;
import org.smppconnector.ra.store.AdapterStore;
import org.smppconnector.ra.store.StoreSettings;
import org.smppconnector.ra.work.WorkManagerExecutor;
import org.smppconnector.ra.work.WorkScheduler;

/**
 * The SMPP Connector resource adapter. It owns the binds of every account (an
 * {@link AccountRegistry} of core pools) and stops them, each bind unbinding, when the adapter
 * stops. Without a store the connection factories that name the accounts start them; with the
 * shared store ({@code storeUrl}) the accounts come from the store, which the factories'
 * properties only seed, and follow it as the console changes it ({@link AdapterStore}). Every
 * long-running task (bind readers, the timer, store polling, deliveries to message-driven beans)
 * is Work on the BootstrapContext's WorkManager; the adapter creates no thread.
 *
 * <p>Configuration properties (all optional, e.g. {@code asadmin create-resource-adapter-config
 * --property nodeName=node1 smpp-connector}):
 * <ul>
 *   <li>{@code storeUrl}, {@code storeUser}, {@code storePassword}: the shared database of the
 *       management console (empty = no store), e.g.
 *       {@code jdbc:h2:file:/var/smpp/smppconnector;AUTO_SERVER=TRUE};</li>
 *   <li>{@code privacy}: {@code text} (default) keeps each message's text in the store,
 *       {@code digest} only its SHA-256;</li>
 *   <li>{@code retentionDays}: submissions and receipts older than this are purged (default 30;
 *       0 keeps them for ever);</li>
 *   <li>{@code statusIntervalSeconds}: how often session status is written (default 5);</li>
 *   <li>{@code nodeName}: this server's name in the store (default: the host name).</li>
 * </ul>
 * Sending sessions not being transactional, the adapter supports no transactions.
 */
@Connector(
        displayName = "SMPP Connector",
        description = "Sends and receives SMS through SMPP providers: connection factories for sending,"
                + " message-driven beans for delivery receipts and inbound messages",
        vendorName = "SMPP Connector project",
        eisType = "SMPP",
        version = "0.1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction,
        reauthenticationSupport = false)
public class SmppResourceAdapter implements ResourceAdapter, Serializable {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(SmppResourceAdapter.class.getName());

    @ConfigProperty(description = "JDBC URL of the shared store; empty for none", defaultValue = "")
    private String storeUrl = "";
    @ConfigProperty(description = "User of the shared store", defaultValue = "")
    private String storeUser = "";
    @ConfigProperty(description = "Password of the shared store", defaultValue = "", confidential = true)
    private String storePassword = "";
    @ConfigProperty(description = "This server's name in session status; empty for the host name", defaultValue = "")
    private String nodeName = "";
    @ConfigProperty(description = "What the store keeps of each text: text (the text and its digest) or digest (only"
            + " its SHA-256)", defaultValue = StoreSettings.DEFAULT_PRIVACY)
    private String privacy = StoreSettings.DEFAULT_PRIVACY;
    @ConfigProperty(description = "Days submissions and receipts are kept in the store; 0 for ever",
            defaultValue = "" + StoreSettings.DEFAULT_RETENTION_DAYS)
    private Integer retentionDays = StoreSettings.DEFAULT_RETENTION_DAYS;
    @ConfigProperty(description = "Seconds between two writes of the session status to the store",
            defaultValue = "" + StoreSettings.DEFAULT_STATUS_INTERVAL_SECONDS)
    private Integer statusIntervalSeconds = StoreSettings.DEFAULT_STATUS_INTERVAL_SECONDS;

    private transient WorkManagerExecutor executor;
    private transient WorkScheduler scheduler;
    private transient EndpointDispatcher dispatcher;
    private transient AccountRegistry registry;
    private transient AdapterStore store;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        WorkManagerExecutor workExecutor = new WorkManagerExecutor(context.getWorkManager());
        WorkScheduler workScheduler = new WorkScheduler(workExecutor);
        try {
            workScheduler.start();
        } catch (WorkException e) {
            throw new ResourceAdapterInternalException("the WorkManager refused the SMPP timer work: " + e.getMessage(), e);
        }
        EndpointDispatcher endpoints = new EndpointDispatcher(context.getWorkManager());
        AdapterStore shared = null;
        AccountRegistry accounts;
        try {
            if (storeUrl != null && !storeUrl.isBlank()) {
                shared = AdapterStore.open(storeSettings(), workScheduler, workExecutor);
                AdapterStore opened = shared;
                accounts = new AccountRegistry(workExecutor, workScheduler,
                        definition -> new AccountInbound(definition, endpoints, opened.receiptMatching()),
                        opened.submissionLog());
                shared.startTasks(accounts);
            } else {
                accounts = new AccountRegistry(workExecutor, workScheduler,
                        definition -> new AccountInbound(definition, endpoints));
            }
        } catch (ResourceAdapterInternalException e) {
            shutDown(workExecutor, workScheduler, shared, null);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutDown(workExecutor, workScheduler, shared, null);
            throw new ResourceAdapterInternalException("interrupted while starting the accounts of the store", e);
        } catch (RuntimeException e) {
            shutDown(workExecutor, workScheduler, shared, null);
            throw new ResourceAdapterInternalException("the SMPP store " + storeUrl + " could not be opened: "
                    + e.getMessage(), e);
        }
        synchronized (this) {
            executor = workExecutor;
            scheduler = workScheduler;
            dispatcher = endpoints;
            registry = accounts;
            store = shared;
        }
        LOG.log(System.Logger.Level.INFO, "SMPP Connector started{0}{1}",
                nodeName == null || nodeName.isBlank() ? "" : " on node " + nodeName,
                shared == null ? "" : ", accounts from the store: " + accounts.names());
    }

    private StoreSettings storeSettings() throws ResourceAdapterInternalException {
        try {
            return StoreSettings.of(storeUrl.strip(), storeUser, storePassword, effectiveNodeName(), privacy,
                    retentionDays, statusIntervalSeconds);
        } catch (jakarta.resource.spi.InvalidPropertyException e) {
            throw new ResourceAdapterInternalException(e.getMessage(), e);
        }
    }

    /** Stops every account's pool (each bound session unbinds), closes the store, then the timer. */
    @Override
    public void stop() {
        AccountRegistry accounts;
        WorkScheduler timer;
        AdapterStore shared;
        WorkManagerExecutor work;
        synchronized (this) {
            accounts = registry;
            timer = scheduler;
            shared = store;
            work = executor;
            executor = null;
            registry = null;
            scheduler = null;
            dispatcher = null;
            store = null;
        }
        if (work != null) {
            shutDown(work, timer, shared, accounts);
        }
        LOG.log(System.Logger.Level.INFO, "SMPP Connector stopped");
    }

    /** In this order: no more store polling, the accounts unbind, the store writes what is queued, the timer ends. */
    private static void shutDown(WorkManagerExecutor work, WorkScheduler timer, AdapterStore shared,
                                AccountRegistry accounts) {
        work.runInlineWhenRefused();
        if (shared != null) {
            shared.stopTasks();
        }
        if (accounts != null) {
            accounts.stopAll();
        }
        if (shared != null) {
            shared.close();
        }
        if (timer != null) {
            timer.stop();
        }
    }

    /**
     * The account a connection factory's properties configure, started if need be. Without a
     * store: as {@link AccountRegistry#register}. With one: the properties seed the store (an
     * account it does not have yet is added from them) and the account runs as the store has it.
     *
     * @throws jakarta.resource.spi.InvalidPropertyException a property cannot work
     * @throws ResourceException the account cannot run, saying why
     */
    public Account account(AccountProperties properties) throws ResourceException {
        AdapterStore shared;
        AccountRegistry accounts;
        synchronized (this) {
            requireStarted();
            shared = store;
            accounts = registry;
        }
        return shared == null ? accounts.register(properties) : shared.reconciler().seedAndGet(properties);
    }

    /** The shared store, when {@code storeUrl} configures one and the adapter runs. */
    public synchronized Optional<AdapterStore> store() {
        return Optional.ofNullable(store);
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof SmppActivationSpec smppSpec)) {
            throw new NotSupportedException("not an SMPP activation spec: " + spec);
        }
        EndpointDispatcher endpoints = requireStarted().dispatcher;
        endpoints.activate(factory, smppSpec);
        if (smppSpec.getAccount() != null) {
            registry().find(smppSpec.getAccount()).ifPresent(account -> {
                if (!account.definition().receives()) {
                    LOG.log(System.Logger.Level.WARNING, "account {0} has no receiving bind: {1} receives nothing"
                            + " until its bindGroups include receivers or transceivers", account.name(), smppSpec);
                }
            });
        }
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        EndpointDispatcher endpoints = dispatcher;
        if (endpoints != null && spec instanceof SmppActivationSpec smppSpec) {
            endpoints.deactivate(factory, smppSpec);
        }
    }

    /** No XA: sending SMS is not transactional. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return null;
    }

    /** The accounts; for the connection factories. */
    public AccountRegistry registry() throws ResourceException {
        return requireStarted().registry;
    }

    /** The active endpoints; for tests and status. */
    public EndpointDispatcher dispatcher() throws ResourceException {
        return requireStarted().dispatcher;
    }

    private synchronized SmppResourceAdapter requireStarted() throws ResourceException {
        if (registry == null) {
            throw new ResourceAdapterInternalException("the SMPP resource adapter is not started");
        }
        return this;
    }

    public String effectiveNodeName() {
        if (nodeName != null && !nodeName.isBlank()) {
            return nodeName;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    public String getStoreUrl() {
        return storeUrl;
    }

    public void setStoreUrl(String storeUrl) {
        this.storeUrl = storeUrl;
    }

    public String getStoreUser() {
        return storeUser;
    }

    public void setStoreUser(String storeUser) {
        this.storeUser = storeUser;
    }

    public String getStorePassword() {
        return storePassword;
    }

    public void setStorePassword(String storePassword) {
        this.storePassword = storePassword;
    }

    public String getNodeName() {
        return nodeName;
    }

    public void setNodeName(String nodeName) {
        this.nodeName = nodeName;
    }

    public String getPrivacy() {
        return privacy;
    }

    public void setPrivacy(String privacy) {
        this.privacy = privacy;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }

    public Integer getStatusIntervalSeconds() {
        return statusIntervalSeconds;
    }

    public void setStatusIntervalSeconds(Integer statusIntervalSeconds) {
        this.statusIntervalSeconds = statusIntervalSeconds;
    }

    /** JCA wants equality over the configuration properties. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SmppResourceAdapter that && Objects.equals(storeUrl, that.storeUrl)
                && Objects.equals(storeUser, that.storeUser) && Objects.equals(storePassword, that.storePassword)
                && Objects.equals(nodeName, that.nodeName) && Objects.equals(privacy, that.privacy)
                && Objects.equals(retentionDays, that.retentionDays)
                && Objects.equals(statusIntervalSeconds, that.statusIntervalSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeUrl, storeUser, storePassword, nodeName, privacy, retentionDays, statusIntervalSeconds);
    }
}
