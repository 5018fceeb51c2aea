package org.smppconnector.store.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InterfaceVersion;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.KeyStoreLocation;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.smpp.pool.TlsSettings;
import org.smppconnector.smpp.session.ReconnectPolicy;

/** Definition to engine settings: the preset first, each stored override on top. */
final class AccountSettingsMapping {

    private AccountSettingsMapping() {
    }

    static AccountSettings toSettings(AccountDefinition d) {
        AccountSettings.Builder b = d.provider().builder().name(d.name());
        if (d.port() != null) {
            b.defaultPort(d.port());
        }
        if (d.hosts() != null) {
            b.hosts(List.of());
            for (String entry : d.hosts().split(",")) {
                addHost(b, entry.strip());
            }
        }
        if (d.tls() != null) {
            b.tls(d.tls() ? tls(d) : TlsSettings.disabled());
        } else if (d.trustStore() != null || d.keyStore() != null) {
            b.tls(tls(d));
        }
        if (d.systemId() != null) {
            b.credentials(d.systemId(), d.password());
        }
        if (d.interfaceVersion() != null) {
            b.interfaceVersion(interfaceVersion(d.interfaceVersion()));
        }
        if (!d.bindGroups().isEmpty()) {
            String accountSystemType = d.systemType() == null ? "" : d.systemType();
            List<BindGroup> groups = new ArrayList<>();
            for (StoredBindGroup group : d.bindGroups()) {
                groups.add(group.toCore(accountSystemType));
            }
            b.bindGroups(groups);
        }
        if (d.windowSize() != null) {
            b.windowSize(d.windowSize());
        }
        if (d.maxTps() != null) {
            b.tpsLimit(d.maxTps());
        }
        if (d.tpsBurst() != null) {
            b.tpsBurst(d.tpsBurst());
        }
        if (d.sessionCap() != null) {
            b.sessionCap(d.sessionCap());
        }
        if (d.responseTimeoutMillis() != null) {
            b.responseTimeout(Duration.ofMillis(d.responseTimeoutMillis()));
        }
        if (d.reconnectDelaySeconds() != null) {
            b.reconnect(ReconnectPolicy.fixed(Duration.ofSeconds(d.reconnectDelaySeconds())));
        }
        AccountSettings settings = b.build();
        return withPresetDependentOverrides(d, settings);
    }

    /**
     * The overrides that change one aspect of a preset value (its hosts' port, its keepalive's
     * interval) need that value, which only the built settings show.
     */
    private static AccountSettings withPresetDependentOverrides(AccountDefinition d, AccountSettings settings) {
        boolean portOnPresetHosts = d.port() != null && d.hosts() == null;
        if (!portOnPresetHosts && d.enquireLinkSeconds() == null) {
            return settings;
        }
        AccountSettings.Builder b = settings.toBuilder();
        if (portOnPresetHosts) {
            List<SmscAddress> hosts = new ArrayList<>();
            for (SmscAddress host : settings.hosts()) {
                hosts.add(new SmscAddress(host.host(), d.port()));
            }
            b.hosts(hosts);
        }
        if (d.enquireLinkSeconds() != null) {
            if (d.enquireLinkSeconds() < 1) {
                throw new InvalidSettingException("enquireLinkSeconds", "must be positive: " + d.enquireLinkSeconds());
            }
            try {
                b.keepalive(settings.keepalive().withInterval(Duration.ofSeconds(d.enquireLinkSeconds())));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("enquireLinkSeconds", e.getMessage());
            }
        }
        return b.build();
    }

    private static void addHost(AccountSettings.Builder b, String entry) {
        if (entry.isEmpty()) {
            throw new InvalidSettingException("hosts", "an empty host in the list");
        }
        int colon = entry.lastIndexOf(':');
        if (colon < 0) {
            b.host(entry);
            return;
        }
        try {
            b.host(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("hosts", "the port of \"" + entry + "\" is not a number");
        }
    }

    private static TlsSettings tls(AccountDefinition d) {
        TlsSettings tls = TlsSettings.systemTrust();
        if (d.trustStore() != null) {
            tls = tls.withTrustStore(new KeyStoreLocation(d.trustStore(), storeType(d.trustStore()), d.trustStorePassword()));
        }
        if (d.keyStore() != null) {
            tls = tls.withClientCertificate(new KeyStoreLocation(d.keyStore(), storeType(d.keyStore()), d.keyStorePassword()));
        }
        return tls;
    }

    /** JKS for a .jks file, PKCS12 (the JDK's default type) for anything else. */
    private static String storeType(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
    }

    private static InterfaceVersion interfaceVersion(String label) {
        for (InterfaceVersion version : InterfaceVersion.values()) {
            if (version.label().equals(label.strip())) {
                return version;
            }
        }
        throw new InvalidSettingException("interfaceVersion", "must be 3.4 or 5.0, not " + label);
    }
}
