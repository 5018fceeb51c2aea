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
import javax.transaction.xa.XAResource;
import org.smppconnector.ra.inbound.AccountInbound;
import org.smppconnector.ra.inbound.EndpointDispatcher;
import org.smppconnector.ra.inbound.SmppActivationSpec;
import org.smppconnector.ra.work.WorkManagerExecutor;
import org.smppconnector.ra.work.WorkScheduler;

/**
 * The SMPP Connector resource adapter. It owns the binds of every account (an
 * {@link AccountRegistry} of core pools), started by the connection factories that name the
 * accounts and stopped, each bind unbinding, when the adapter stops. Every long-running task
 * (bind readers, the timer, deliveries to message-driven beans) is Work on the
 * BootstrapContext's WorkManager; the adapter creates no thread.
 *
 * <p>Configuration properties (all optional, e.g. {@code asadmin create-resource-adapter-config
 * --property nodeName=node1 smpp-connector}):
 * <ul>
 *   <li>{@code storeUrl}, {@code storeUser}, {@code storePassword}: the shared database of the
 *       management console (not used yet; empty = no store);</li>
 *   <li>{@code nodeName}: this server's name in session status (default: the host name).</li>
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

    private transient WorkManagerExecutor executor;
    private transient WorkScheduler scheduler;
    private transient EndpointDispatcher dispatcher;
    private transient AccountRegistry registry;

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
        synchronized (this) {
            executor = workExecutor;
            scheduler = workScheduler;
            dispatcher = endpoints;
            registry = new AccountRegistry(workExecutor, workScheduler,
                    definition -> new AccountInbound(definition, endpoints));
        }
        LOG.log(System.Logger.Level.INFO, "SMPP Connector started{0}",
                nodeName == null || nodeName.isBlank() ? "" : " on node " + nodeName);
    }

    /** Stops every account's pool (each bound session unbinds), then the timer. */
    @Override
    public void stop() {
        AccountRegistry accounts;
        WorkScheduler timer;
        synchronized (this) {
            accounts = registry;
            timer = scheduler;
            if (executor != null) {
                executor.runInlineWhenRefused();
            }
            executor = null;
            registry = null;
            scheduler = null;
            dispatcher = null;
        }
        if (accounts != null) {
            accounts.stopAll();
        }
        if (timer != null) {
            timer.stop();
        }
        LOG.log(System.Logger.Level.INFO, "SMPP Connector stopped");
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

    /** JCA wants equality over the configuration properties. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SmppResourceAdapter that && Objects.equals(storeUrl, that.storeUrl)
                && Objects.equals(storeUser, that.storeUser) && Objects.equals(storePassword, that.storePassword)
                && Objects.equals(nodeName, that.nodeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeUrl, storeUser, storePassword, nodeName);
    }
}
