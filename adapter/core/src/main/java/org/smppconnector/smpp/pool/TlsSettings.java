package org.smppconnector.smpp.pool;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * TLS for an account's connections: off, or on with the JVM's trust store or a given one, an
 * optional client certificate, and TLS 1.2 or newer only. Host-name verification is always on:
 * there is deliberately no way to turn it off. Immutable; {@code with} methods copy.
 */
public final class TlsSettings {

    public static final String TLS_1_2 = "TLSv1.2";
    public static final String TLS_1_3 = "TLSv1.3";
    private static final Set<String> ALLOWED_PROTOCOLS = Set.of(TLS_1_2, TLS_1_3);
    private static final TlsSettings DISABLED = new TlsSettings(false, null, null, List.of());

    private final boolean enabled;
    private final KeyStoreLocation trustStore;
    private final KeyStoreLocation clientKeyStore;
    private final List<String> protocols;

    private TlsSettings(boolean enabled, KeyStoreLocation trustStore, KeyStoreLocation clientKeyStore,
                        List<String> protocols) {
        this.enabled = enabled;
        this.trustStore = trustStore;
        this.clientKeyStore = clientKeyStore;
        this.protocols = protocols;
    }

    /** Plain TCP. */
    public static TlsSettings disabled() {
        return DISABLED;
    }

    /** TLS 1.3 or 1.2, trusting what the JVM trusts. */
    public static TlsSettings systemTrust() {
        return new TlsSettings(true, null, null, List.of(TLS_1_3, TLS_1_2));
    }

    /** Trust only the certificates in {@code store} instead of the JVM's. */
    public TlsSettings withTrustStore(KeyStoreLocation store) {
        requireEnabled("tls.trustStore");
        return new TlsSettings(true, Objects.requireNonNull(store, "store"), clientKeyStore, protocols);
    }

    /** Present the key and certificate in {@code store} when the SMSC asks for one. */
    public TlsSettings withClientCertificate(KeyStoreLocation store) {
        requireEnabled("tls.clientKeyStore");
        return new TlsSettings(true, trustStore, Objects.requireNonNull(store, "store"), protocols);
    }

    /** Limit the protocols, in order of preference; only TLSv1.2 and TLSv1.3 are accepted. */
    public TlsSettings withProtocols(String... newProtocols) {
        requireEnabled("tls.protocols");
        if (newProtocols.length == 0) {
            throw new InvalidSettingException("tls.protocols", "at least one protocol is needed");
        }
        for (String protocol : newProtocols) {
            if (!ALLOWED_PROTOCOLS.contains(protocol)) {
                throw new InvalidSettingException("tls.protocols",
                        "only TLSv1.2 and TLSv1.3 are allowed, not " + protocol);
            }
        }
        return new TlsSettings(true, trustStore, clientKeyStore, List.of(newProtocols));
    }

    public boolean enabled() {
        return enabled;
    }

    /** The trust store to use; empty means the JVM's default trust. */
    public Optional<KeyStoreLocation> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    public Optional<KeyStoreLocation> clientKeyStore() {
        return Optional.ofNullable(clientKeyStore);
    }

    /** The protocols to enable, most preferred first; empty when TLS is off. */
    public List<String> protocols() {
        return protocols;
    }

    /** Always true when TLS is on: the SMSC's certificate must name the host connected to. */
    public boolean hostnameVerification() {
        return enabled;
    }

    /**
     * The transport's form of these settings, which the {@link org.smppconnector.smpp.transport.Connector}
     * takes: the one place where account configuration becomes key store files.
     *
     * @throws InvalidSettingException when TLS is disabled
     */
    public org.smppconnector.smpp.transport.TlsSettings toTransport() {
        requireEnabled("tls");
        org.smppconnector.smpp.transport.TlsSettings result = trustStore == null
                ? org.smppconnector.smpp.transport.TlsSettings.systemTrust()
                : org.smppconnector.smpp.transport.TlsSettings.trustStore(java.nio.file.Path.of(trustStore.path()),
                        trustStore.password().toCharArray(), trustStore.type());
        if (clientKeyStore != null) {
            result = result.withClientKeyStore(java.nio.file.Path.of(clientKeyStore.path()),
                    clientKeyStore.password().toCharArray(), clientKeyStore.type());
        }
        return result.withProtocols(protocols.toArray(new String[0]));
    }

    /** A connector for these settings: plain TCP when TLS is disabled. Loads the key stores now. */
    public org.smppconnector.smpp.transport.Connector connector(java.time.Duration connectTimeout) {
        return enabled ? org.smppconnector.smpp.transport.Connector.tls(connectTimeout, toTransport())
                : org.smppconnector.smpp.transport.Connector.plain(connectTimeout);
    }

    private void requireEnabled(String field) {
        if (!enabled) {
            throw new InvalidSettingException(field, "TLS is disabled; start from TlsSettings.systemTrust()");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TlsSettings other && enabled == other.enabled && Objects.equals(trustStore, other.trustStore)
                && Objects.equals(clientKeyStore, other.clientKeyStore) && protocols.equals(other.protocols);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, trustStore, clientKeyStore, protocols);
    }

    @Override
    public String toString() {
        if (!enabled) {
            return "plain TCP";
        }
        return "TLS " + protocols + ", trust " + (trustStore == null ? "system" : trustStore)
                + (clientKeyStore == null ? "" : ", client certificate " + clientKeyStore);
    }
}
