package org.smppconnector.store.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.ProviderPreset;

/**
 * An account as an operator configures it: a provider preset and the settings that override
 * it, each null when the preset's value applies. The same fields as the resource adapter's
 * connection-definition properties, so that standalone properties seed the store one to one.
 * {@link #toSettings()} turns it into the engine's {@link AccountSettings}.
 *
 * <p>The three secrets (password, trust and key store passwords) are write-only: an account read
 * back from the store has them null, and an update that leaves one null keeps the stored value.
 */
public final class AccountDefinition {

    private final String name;
    private final ProviderPreset provider;
    private final boolean enabled;
    private final String hosts;
    private final Integer port;
    private final Boolean tls;
    private final String trustStore;
    private final String trustStorePassword;
    private final String keyStore;
    private final String keyStorePassword;
    private final String systemId;
    private final String password;
    private final String systemType;
    private final String interfaceVersion;
    private final Integer windowSize;
    private final Integer maxTps;
    private final Integer tpsBurst;
    private final Integer sessionCap;
    private final Integer enquireLinkSeconds;
    private final Integer responseTimeoutMillis;
    private final Integer reconnectDelaySeconds;
    private final List<StoredBindGroup> bindGroups;

    private AccountDefinition(Builder b) {
        if (b.name == null || b.name.isBlank()) {
            throw new InvalidSettingException("name", "must not be blank");
        }
        if (b.name.length() > 100) {
            throw new InvalidSettingException("name", "at most 100 characters: " + b.name);
        }
        name = b.name;
        provider = Objects.requireNonNull(b.provider, "provider");
        enabled = b.enabled;
        hosts = blankToNull(b.hosts);
        port = b.port;
        tls = b.tls;
        trustStore = blankToNull(b.trustStore);
        trustStorePassword = b.trustStorePassword;
        keyStore = blankToNull(b.keyStore);
        keyStorePassword = b.keyStorePassword;
        systemId = blankToNull(b.systemId);
        password = b.password;
        systemType = blankToNull(b.systemType);
        interfaceVersion = blankToNull(b.interfaceVersion);
        windowSize = b.windowSize;
        maxTps = b.maxTps;
        tpsBurst = b.tpsBurst;
        sessionCap = b.sessionCap;
        enquireLinkSeconds = b.enquireLinkSeconds;
        responseTimeoutMillis = b.responseTimeoutMillis;
        reconnectDelaySeconds = b.reconnectDelaySeconds;
        bindGroups = List.copyOf(b.bindGroups);
        Set<String> names = new HashSet<>();
        for (StoredBindGroup group : bindGroups) {
            if (!names.add(group.name())) {
                throw new InvalidSettingException("bindGroups.name", "\"" + group.name() + "\" appears twice");
            }
        }
    }

    public static Builder builder(String name, ProviderPreset provider) {
        return new Builder().name(name).provider(provider);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The engine's settings: the preset's, with every non-null field of this definition on top.
     *
     * @throws InvalidSettingException naming the field when the result cannot work
     */
    public AccountSettings toSettings() {
        return AccountSettingsMapping.toSettings(this);
    }

    /** A copy without the secrets, as the store hands accounts out. */
    AccountDefinition withoutSecrets() {
        Builder b = toBuilder();
        b.password = null;
        b.trustStorePassword = null;
        b.keyStorePassword = null;
        return b.build();
    }

    public String name() {
        return name;
    }

    public ProviderPreset provider() {
        return provider;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Comma-separated {@code host} or {@code host:port}; null for the preset's hosts. */
    public String hosts() {
        return hosts;
    }

    public Integer port() {
        return port;
    }

    public Boolean tls() {
        return tls;
    }

    public String trustStore() {
        return trustStore;
    }

    public String trustStorePassword() {
        return trustStorePassword;
    }

    public String keyStore() {
        return keyStore;
    }

    public String keyStorePassword() {
        return keyStorePassword;
    }

    public String systemId() {
        return systemId;
    }

    public String password() {
        return password;
    }

    public String systemType() {
        return systemType;
    }

    /** {@code 3.4} or {@code 5.0}; null for the preset's. */
    public String interfaceVersion() {
        return interfaceVersion;
    }

    public Integer windowSize() {
        return windowSize;
    }

    public Integer maxTps() {
        return maxTps;
    }

    public Integer tpsBurst() {
        return tpsBurst;
    }

    public Integer sessionCap() {
        return sessionCap;
    }

    public Integer enquireLinkSeconds() {
        return enquireLinkSeconds;
    }

    public Integer responseTimeoutMillis() {
        return responseTimeoutMillis;
    }

    /** A fixed reconnect delay replacing the preset's policy; null keeps the preset's. */
    public Integer reconnectDelaySeconds() {
        return reconnectDelaySeconds;
    }

    /** The bind groups; empty for the preset's. */
    public List<StoredBindGroup> bindGroups() {
        return bindGroups;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AccountDefinition other)) {
            return false;
        }
        return enabled == other.enabled && name.equals(other.name) && provider == other.provider
                && Objects.equals(hosts, other.hosts) && Objects.equals(port, other.port)
                && Objects.equals(tls, other.tls) && Objects.equals(trustStore, other.trustStore)
                && Objects.equals(trustStorePassword, other.trustStorePassword)
                && Objects.equals(keyStore, other.keyStore) && Objects.equals(keyStorePassword, other.keyStorePassword)
                && Objects.equals(systemId, other.systemId) && Objects.equals(password, other.password)
                && Objects.equals(systemType, other.systemType)
                && Objects.equals(interfaceVersion, other.interfaceVersion)
                && Objects.equals(windowSize, other.windowSize) && Objects.equals(maxTps, other.maxTps)
                && Objects.equals(tpsBurst, other.tpsBurst) && Objects.equals(sessionCap, other.sessionCap)
                && Objects.equals(enquireLinkSeconds, other.enquireLinkSeconds)
                && Objects.equals(responseTimeoutMillis, other.responseTimeoutMillis)
                && Objects.equals(reconnectDelaySeconds, other.reconnectDelaySeconds)
                && bindGroups.equals(other.bindGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, provider, hosts, port, systemId, bindGroups);
    }

    /** Never shows a secret, only whether one is set. */
    @Override
    public String toString() {
        return "AccountDefinition[" + name + " (" + ProviderNames.of(provider) + (enabled ? "" : ", disabled")
                + "), hosts " + (hosts == null ? "preset's" : hosts) + (port == null ? "" : ", port " + port)
                + ", systemId " + systemId + ", password " + (password == null ? "unset" : "****")
                + ", bind groups " + (bindGroups.isEmpty() ? "preset's" : bindGroups) + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Collects a definition; {@link #build()} checks the name and bind-group names. */
    public static final class Builder {
        private String name;
        private ProviderPreset provider = ProviderPreset.GENERIC;
        private boolean enabled = true;
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
        private String interfaceVersion;
        private Integer windowSize;
        private Integer maxTps;
        private Integer tpsBurst;
        private Integer sessionCap;
        private Integer enquireLinkSeconds;
        private Integer responseTimeoutMillis;
        private Integer reconnectDelaySeconds;
        private final List<StoredBindGroup> bindGroups = new ArrayList<>();

        private Builder() {
        }

        private Builder(AccountDefinition d) {
            name = d.name;
            provider = d.provider;
            enabled = d.enabled;
            hosts = d.hosts;
            port = d.port;
            tls = d.tls;
            trustStore = d.trustStore;
            trustStorePassword = d.trustStorePassword;
            keyStore = d.keyStore;
            keyStorePassword = d.keyStorePassword;
            systemId = d.systemId;
            password = d.password;
            systemType = d.systemType;
            interfaceVersion = d.interfaceVersion;
            windowSize = d.windowSize;
            maxTps = d.maxTps;
            tpsBurst = d.tpsBurst;
            sessionCap = d.sessionCap;
            enquireLinkSeconds = d.enquireLinkSeconds;
            responseTimeoutMillis = d.responseTimeoutMillis;
            reconnectDelaySeconds = d.reconnectDelaySeconds;
            bindGroups.addAll(d.bindGroups);
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder provider(ProviderPreset value) {
            provider = value;
            return this;
        }

        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        public Builder hosts(String value) {
            hosts = value;
            return this;
        }

        public Builder port(Integer value) {
            port = value;
            return this;
        }

        public Builder tls(Boolean value) {
            tls = value;
            return this;
        }

        public Builder trustStore(String path, String storePassword) {
            trustStore = path;
            trustStorePassword = storePassword;
            return this;
        }

        public Builder keyStore(String path, String storePassword) {
            keyStore = path;
            keyStorePassword = storePassword;
            return this;
        }

        public Builder systemId(String value) {
            systemId = value;
            return this;
        }

        /** Null keeps the stored password on update. */
        public Builder password(String value) {
            password = value;
            return this;
        }

        public Builder systemType(String value) {
            systemType = value;
            return this;
        }

        public Builder interfaceVersion(String value) {
            interfaceVersion = value;
            return this;
        }

        public Builder windowSize(Integer value) {
            windowSize = value;
            return this;
        }

        public Builder maxTps(Integer value) {
            maxTps = value;
            return this;
        }

        public Builder tpsBurst(Integer value) {
            tpsBurst = value;
            return this;
        }

        public Builder sessionCap(Integer value) {
            sessionCap = value;
            return this;
        }

        public Builder enquireLinkSeconds(Integer value) {
            enquireLinkSeconds = value;
            return this;
        }

        public Builder responseTimeoutMillis(Integer value) {
            responseTimeoutMillis = value;
            return this;
        }

        public Builder reconnectDelaySeconds(Integer value) {
            reconnectDelaySeconds = value;
            return this;
        }

        /** Replaces the bind groups; none means the preset's. */
        public Builder bindGroups(List<StoredBindGroup> value) {
            bindGroups.clear();
            bindGroups.addAll(value);
            return this;
        }

        public Builder bindGroups(StoredBindGroup... value) {
            return bindGroups(List.of(value));
        }

        /** The single group "default" with these counts, as the transmitters/receivers/transceivers properties give it. */
        public Builder binds(int transmitters, int receivers, int transceivers) {
            return bindGroups(new StoredBindGroup(StoredBindGroup.DEFAULT_NAME, null, transmitters, receivers,
                    transceivers));
        }

        /** @throws InvalidSettingException when the name is blank or two groups share a name */
        public AccountDefinition build() {
            return new AccountDefinition(this);
        }
    }
}
