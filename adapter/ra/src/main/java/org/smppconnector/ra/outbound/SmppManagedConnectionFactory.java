package org.smppconnector.ra.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import java.io.PrintWriter;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.ra.Account;
import org.smppconnector.ra.SmppResourceAdapter;
import org.smppconnector.ra.config.AccountProperties;

/**
 * One provider account, as a connection definition. Its properties configure the account's
 * binds, which the resource adapter owns: every factory with the same properties for an account
 * shares them, and a factory with different properties for a running account is refused. The
 * container's connection pool holds only light managed connections, so no pool size can open
 * more binds than the account's bind groups say (nor more than the provider's session cap, which
 * the groups are checked against).
 *
 * <p>Properties (all but {@code account} optional; unset = the provider preset's value). In
 * asadmin's {@code --property}, a ':' inside a value is written {@code \:}.
 * <table>
 *   <caption>Connection definition properties</caption>
 *   <tr><th>property</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>account</td><td>String</td><td>the account's name (required); MDBs and
 *       {@code getConnection(name)} use it</td></tr>
 *   <tr><td>provider</td><td>String</td><td>generic (default), mitto, gatewayapi, gatewayapi-eu,
 *       mobile-text-alerts, surem, bulksms: the preset of hosts, TLS, caps, encodings, operations</td></tr>
 *   <tr><td>hosts</td><td>String</td><td>comma-separated SMSC hosts, each optionally host:port;
 *       required unless the preset names hosts</td></tr>
 *   <tr><td>port</td><td>Integer</td><td>the port of hosts given without one (default 2775, GatewayAPI 8775)</td></tr>
 *   <tr><td>tls</td><td>Boolean</td><td>connect with TLS 1.2+ (host name verified)</td></tr>
 *   <tr><td>trustStore, trustStorePassword</td><td>String</td><td>a PKCS12 (or .jks) file to trust
 *       instead of the JVM's trust store; implies tls</td></tr>
 *   <tr><td>keyStore, keyStorePassword</td><td>String</td><td>a client certificate; implies tls</td></tr>
 *   <tr><td>systemId, password</td><td>String</td><td>the bind credentials (system_id defaults to the
 *       account name; at most 15 and 8 characters)</td></tr>
 *   <tr><td>systemType</td><td>String</td><td>the system_type of the binds (of groups given without one)</td></tr>
 *   <tr><td>transmitters, receivers, transceivers</td><td>Integer</td><td>the binds of the one group
 *       "default"</td></tr>
 *   <tr><td>bindGroups</td><td>String</td><td>overrides the three above: comma-separated
 *       {@code name[@systemType]/tx/rx/trx}, e.g. {@code default/1/1/0,marketing@mkt/2/0/0}; more binds
 *       than the provider's session cap are refused</td></tr>
 *   <tr><td>windowSize</td><td>Integer</td><td>requests in flight per bind (default 10)</td></tr>
 *   <tr><td>maxTps</td><td>Integer</td><td>messages per second for the whole account (0: no limit)</td></tr>
 *   <tr><td>enquireLinkSeconds</td><td>Integer</td><td>keepalive interval</td></tr>
 *   <tr><td>responseTimeoutMillis</td><td>Integer</td><td>how long a request waits for its response (default 10000)</td></tr>
 *   <tr><td>reconnectDelaySeconds</td><td>Integer</td><td>a fixed delay between reconnect attempts
 *       instead of the preset's backoff</td></tr>
 *   <tr><td>interfaceVersion</td><td>String</td><td>3.4 or 5.0</td></tr>
 * </table>
 */
@ConnectionDefinition(
        connectionFactory = SmppConnectionFactory.class,
        connectionFactoryImpl = SmppConnectionFactoryImpl.class,
        connection = SmppConnection.class,
        connectionImpl = SmppConnectionHandle.class)
public class SmppManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation,
        TransactionSupport, Serializable {

    private static final long serialVersionUID = 1L;

    private String account;
    private String provider = AccountProperties.DEFAULT_PROVIDER;
    private String hosts;
    private Integer port;
    private Boolean tls;
    private String trustStore;
    private String trustStorePassword;
    private String keyStore;
    private String keyStorePassword;
    private String systemId;
    private String password;
    private String systemType;
    private Integer transmitters;
    private Integer receivers;
    private Integer transceivers;
    private String bindGroups;
    private Integer windowSize;
    private Integer maxTps;
    private Integer enquireLinkSeconds;
    private Integer responseTimeoutMillis;
    private Integer reconnectDelaySeconds;
    private String interfaceVersion;

    private transient SmppResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    // ------------------------------------------------------------------ JCA

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) throws ResourceException {
        return new SmppConnectionFactoryImpl(this, connectionManager);
    }

    /** Outside a container: every connection gets its own managed connection. */
    @Override
    public Object createConnectionFactory() throws ResourceException {
        return new SmppConnectionFactoryImpl(this, new StandaloneConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        return new SmppManagedConnection(this, accountFor(info));
    }

    /** A pooled managed connection of this factory for the requested account. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
        String wanted = info instanceof SmppConnectionRequestInfo request ? request.account() : account;
        for (Object candidate : connections) {
            if (candidate instanceof SmppManagedConnection connection && connection.factory().equals(this)
                    && connection.accountName().equals(wanted)) {
                return connection;
            }
        }
        return null;
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.NoTransaction;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    /** Registers the account with the adapter now, so that its binds (receivers too) come up at once. */
    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof SmppResourceAdapter smppAdapter)) {
            throw new ResourceAdapterInternalException("not the SMPP resource adapter: " + adapter);
        }
        this.resourceAdapter = smppAdapter;
        if (account != null && !account.isBlank()) {
            ownAccount();
        }
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    // ------------------------------------------------------------------ accounts

    /** The properties as one value: what the registry compares. */
    public AccountProperties properties() {
        return new AccountProperties(account, provider, hosts, port, tls, trustStore, trustStorePassword, keyStore,
                keyStorePassword, systemId, password, systemType, transmitters, receivers, transceivers, bindGroups,
                windowSize, maxTps, enquireLinkSeconds, responseTimeoutMillis, reconnectDelaySeconds, interfaceVersion);
    }

    /** This factory's account, registered (and started) on first use; with a store, seeded into it. */
    Account ownAccount() throws ResourceException {
        return adapter().account(properties());
    }

    /** @throws org.smppconnector.api.UnknownAccountException when the adapter knows no such account */
    Account requireAccount(String name) throws ResourceException {
        if (name.equals(account)) {
            return ownAccount();
        }
        return adapter().registry().require(name);
    }

    private Account accountFor(ConnectionRequestInfo info) throws ResourceException {
        String wanted = info instanceof SmppConnectionRequestInfo request ? request.account() : account;
        if (wanted == null || wanted.isBlank()) {
            throw new jakarta.resource.spi.InvalidPropertyException("account is required: the account's name");
        }
        return requireAccount(wanted);
    }

    private SmppResourceAdapter adapter() throws ResourceException {
        if (resourceAdapter == null) {
            throw new ResourceAdapterInternalException("the connection factory of account " + account
                    + " is not associated with the SMPP resource adapter");
        }
        return resourceAdapter;
    }

    // ------------------------------------------------------------------ properties

    @ConfigProperty(description = "The account's name (required)")
    public void setAccount(String account) {
        this.account = account;
    }

    public String getAccount() {
        return account;
    }

    /*
     * No defaultValue on any property (the field's initial value is the default): Payara and
     * GlassFish register an annotation's default under the setter's name ("Provider"), keep the
     * deployer's "provider" beside it as another property, and set both in no fixed order, so the
     * default could replace what the deployer set.
     */
    @ConfigProperty(description = "generic (default), mitto, gatewayapi, gatewayapi-eu, mobile-text-alerts, surem"
            + " or bulksms")
    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getProvider() {
        return provider;
    }

    @ConfigProperty(description = "Comma-separated SMSC hosts, each optionally host:port")
    public void setHosts(String hosts) {
        this.hosts = hosts;
    }

    public String getHosts() {
        return hosts;
    }

    @ConfigProperty(description = "The port of hosts given without one")
    public void setPort(Integer port) {
        this.port = port;
    }

    public Integer getPort() {
        return port;
    }

    @ConfigProperty(description = "Connect with TLS")
    public void setTls(Boolean tls) {
        this.tls = tls;
    }

    public Boolean getTls() {
        return tls;
    }

    @ConfigProperty(description = "A trust store file (PKCS12, or JKS by its .jks name) instead of the JVM's")
    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStore() {
        return trustStore;
    }

    @ConfigProperty(description = "The trust store's password", confidential = true)
    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    @ConfigProperty(description = "A key store with the client certificate")
    public void setKeyStore(String keyStore) {
        this.keyStore = keyStore;
    }

    public String getKeyStore() {
        return keyStore;
    }

    @ConfigProperty(description = "The key store's password", confidential = true)
    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    @ConfigProperty(description = "The bind's system_id (default: the account name)")
    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    public String getSystemId() {
        return systemId;
    }

    @ConfigProperty(description = "The bind's password", confidential = true)
    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    @ConfigProperty(description = "The binds' system_type")
    public void setSystemType(String systemType) {
        this.systemType = systemType;
    }

    public String getSystemType() {
        return systemType;
    }

    @ConfigProperty(description = "Transmitters of the bind group 'default'")
    public void setTransmitters(Integer transmitters) {
        this.transmitters = transmitters;
    }

    public Integer getTransmitters() {
        return transmitters;
    }

    @ConfigProperty(description = "Receivers of the bind group 'default'")
    public void setReceivers(Integer receivers) {
        this.receivers = receivers;
    }

    public Integer getReceivers() {
        return receivers;
    }

    @ConfigProperty(description = "Transceivers of the bind group 'default'")
    public void setTransceivers(Integer transceivers) {
        this.transceivers = transceivers;
    }

    public Integer getTransceivers() {
        return transceivers;
    }

    @ConfigProperty(description = "Bind groups: comma-separated name[@systemType]/tx/rx/trx, e.g. default/1/1/0")
    public void setBindGroups(String bindGroups) {
        this.bindGroups = bindGroups;
    }

    public String getBindGroups() {
        return bindGroups;
    }

    @ConfigProperty(description = "Requests in flight per bind")
    public void setWindowSize(Integer windowSize) {
        this.windowSize = windowSize;
    }

    public Integer getWindowSize() {
        return windowSize;
    }

    @ConfigProperty(description = "Messages per second for the whole account; 0 for no limit")
    public void setMaxTps(Integer maxTps) {
        this.maxTps = maxTps;
    }

    public Integer getMaxTps() {
        return maxTps;
    }

    @ConfigProperty(description = "Seconds between enquire_link")
    public void setEnquireLinkSeconds(Integer enquireLinkSeconds) {
        this.enquireLinkSeconds = enquireLinkSeconds;
    }

    public Integer getEnquireLinkSeconds() {
        return enquireLinkSeconds;
    }

    @ConfigProperty(description = "Milliseconds a request waits for its response")
    public void setResponseTimeoutMillis(Integer responseTimeoutMillis) {
        this.responseTimeoutMillis = responseTimeoutMillis;
    }

    public Integer getResponseTimeoutMillis() {
        return responseTimeoutMillis;
    }

    @ConfigProperty(description = "A fixed delay between reconnect attempts, in seconds, instead of the preset's backoff")
    public void setReconnectDelaySeconds(Integer reconnectDelaySeconds) {
        this.reconnectDelaySeconds = reconnectDelaySeconds;
    }

    public Integer getReconnectDelaySeconds() {
        return reconnectDelaySeconds;
    }

    @ConfigProperty(description = "The SMPP version to bind with: 3.4 or 5.0")
    public void setInterfaceVersion(String interfaceVersion) {
        this.interfaceVersion = interfaceVersion;
    }

    public String getInterfaceVersion() {
        return interfaceVersion;
    }

    /** JCA wants equality over the configuration properties. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SmppManagedConnectionFactory that && properties().equals(that.properties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, provider, hosts, port, systemId, bindGroups);
    }

    @Override
    public String toString() {
        return "SmppManagedConnectionFactory[" + properties() + "]";
    }

    /** Outside a container: a new managed connection per handle, closed with it. */
    private final class StandaloneConnectionManager implements ConnectionManager {
        private static final long serialVersionUID = 1L;

        @Override
        public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
                throws ResourceException {
            ManagedConnection connection = factory.createManagedConnection(null, info);
            connection.addConnectionEventListener(new jakarta.resource.spi.ConnectionEventListener() {
                @Override
                public void connectionClosed(jakarta.resource.spi.ConnectionEvent event) {
                    try {
                        connection.destroy();
                    } catch (ResourceException ignored) {
                        // nothing held
                    }
                }

                @Override
                public void localTransactionStarted(jakarta.resource.spi.ConnectionEvent event) {
                }

                @Override
                public void localTransactionCommitted(jakarta.resource.spi.ConnectionEvent event) {
                }

                @Override
                public void localTransactionRolledback(jakarta.resource.spi.ConnectionEvent event) {
                }

                @Override
                public void connectionErrorOccurred(jakarta.resource.spi.ConnectionEvent event) {
                }
            });
            return connection.getConnection(null, info);
        }
    }
}
