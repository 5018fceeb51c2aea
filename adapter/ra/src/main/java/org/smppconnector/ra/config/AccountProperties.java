package org.smppconnector.ra.config;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InterfaceVersion;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.KeyStoreLocation;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.smpp.pool.TlsSettings;
import org.smppconnector.smpp.session.ReconnectPolicy;

/**
 * The connection-definition properties of one account, as a deployer sets them (null = unset:
 * the provider preset's value). Two factories for the same account share its binds only when
 * their properties are equal. The password never appears in {@link #toString()}.
 *
 * <p>The properties are documented on
 * {@link org.smppconnector.ra.outbound.SmppManagedConnectionFactory} and in the RAR's README.
 */
public record AccountProperties(
        String account, String provider, String hosts, Integer port,
        Boolean tls, String trustStore, String trustStorePassword, String keyStore, String keyStorePassword,
        String systemId, String password, String systemType,
        Integer transmitters, Integer receivers, Integer transceivers, String bindGroups,
        Integer windowSize, Integer maxTps, Integer enquireLinkSeconds, Integer responseTimeoutMillis,
        Integer reconnectDelaySeconds, String interfaceVersion) {

    /** The name of the one group the transmitters / receivers / transceivers properties make. */
    public static final String DEFAULT_GROUP = "default";
    public static final String DEFAULT_PROVIDER = "generic";
    private static final int DEFAULT_PORT = 2775;

    /**
     * What the properties mean: the preset's settings with every property set applied.
     *
     * @throws InvalidPropertyException naming the property that cannot work
     */
    public AccountDefinition toDefinition() throws InvalidPropertyException {
        if (blank(account)) {
            throw invalid("account", "is required: the account's name");
        }
        ProviderPreset preset = preset();
        AccountSettings.Builder builder = preset.builder().name(account.strip());
        try {
            applyHosts(builder, preset);
            applyTls(builder, preset);
            builder.credentials(blank(systemId) ? account.strip() : systemId, password == null ? "" : password);
            if (interfaceVersion != null) {
                builder.interfaceVersion(version());
            }
            List<NamedBindGroup> groups = groups(preset);
            builder.bindGroups(groups.stream().map(NamedBindGroup::group).toList());
            if (windowSize != null) {
                builder.windowSize(windowSize);
            }
            if (maxTps != null) {
                if (maxTps <= 0) {
                    builder.noTpsLimit();
                } else {
                    builder.tpsLimit(maxTps);
                }
            }
            AccountSettings preview = builder.build();
            if (enquireLinkSeconds != null) {
                positive("enquireLinkSeconds", enquireLinkSeconds);
                builder.keepalive(preview.keepalive().withInterval(Duration.ofSeconds(enquireLinkSeconds)));
            }
            if (responseTimeoutMillis != null) {
                positive("responseTimeoutMillis", responseTimeoutMillis);
                builder.responseTimeout(Duration.ofMillis(responseTimeoutMillis));
            }
            if (reconnectDelaySeconds != null) {
                positive("reconnectDelaySeconds", reconnectDelaySeconds);
                builder.reconnect(ReconnectPolicy.fixed(Duration.ofSeconds(reconnectDelaySeconds)));
            }
            return new AccountDefinition(builder.build(), groups);
        } catch (InvalidSettingException e) {
            String property = propertyOf(e.field());
            if (property.equals("bindGroups") && blank(bindGroups)) {
                property = transmitters != null || receivers != null || transceivers != null
                        ? "transmitters/receivers/transceivers" : "provider";
            }
            throw invalid(property, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw invalid("account", e.getMessage());
        }
    }

    private ProviderPreset preset() throws InvalidPropertyException {
        String name = blank(provider) ? DEFAULT_PROVIDER : provider.strip();
        try {
            return ProviderPreset.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw invalid("provider", "is not one of generic, mitto, gatewayapi, gatewayapi-eu, mobile-text-alerts,"
                    + " surem, bulksms: " + name);
        }
    }

    private InterfaceVersion version() throws InvalidPropertyException {
        for (InterfaceVersion version : InterfaceVersion.values()) {
            if (version.label().equals(interfaceVersion.strip())) {
                return version;
            }
        }
        throw invalid("interfaceVersion", "must be 3.4 or 5.0: " + interfaceVersion);
    }

    /** hosts replaces the preset's hosts; port alone moves the preset's hosts to that port. */
    private void applyHosts(AccountSettings.Builder builder, ProviderPreset preset) throws InvalidPropertyException {
        if (port != null && (port < 1 || port > 65535)) {
            throw invalid("port", "must be 1..65535: " + port);
        }
        List<SmscAddress> current = presetHosts(preset);
        int defaultPort = port != null ? port : current.isEmpty() ? DEFAULT_PORT : current.get(0).port();
        if (blank(hosts)) {
            if (current.isEmpty()) {
                throw invalid("hosts", "is required: the " + preset.displayName() + " preset names no host");
            }
            List<SmscAddress> moved = new ArrayList<>();
            for (SmscAddress address : current) {
                moved.add(new SmscAddress(address.host(), port != null ? port : address.port()));
            }
            builder.hosts(moved);
            return;
        }
        builder.hosts(parseHosts(hosts, defaultPort));
    }

    /** The hosts the preset names (none for most: the provider hands them out per customer). */
    private static List<SmscAddress> presetHosts(ProviderPreset preset) {
        try {
            return preset.builder().name("preview").credentials("preview", "").build().hosts();
        } catch (InvalidSettingException e) {
            return List.of();
        }
    }

    /** "a.example.com, b.example.com:2776": each host optionally with its port. */
    static List<SmscAddress> parseHosts(String value, int defaultPort) throws InvalidPropertyException {
        List<SmscAddress> result = new ArrayList<>();
        for (String item : value.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                throw invalid("hosts", "has an empty entry: \"" + value + "\"");
            }
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                result.add(address(entry, defaultPort));
                continue;
            }
            String portText = entry.substring(colon + 1);
            try {
                result.add(address(entry.substring(0, colon), Integer.parseInt(portText)));
            } catch (NumberFormatException e) {
                throw invalid("hosts", "has a port that is not a number in \"" + entry + "\"");
            }
        }
        return result;
    }

    private static SmscAddress address(String host, int port) throws InvalidPropertyException {
        try {
            return new SmscAddress(host, port);
        } catch (InvalidSettingException e) {
            throw invalid("hosts", e.getMessage());
        }
    }

    private void applyTls(AccountSettings.Builder builder, ProviderPreset preset) throws InvalidPropertyException {
        boolean storesGiven = !blank(trustStore) || !blank(keyStore);
        if (tls == null && !storesGiven) {
            return; // the preset's
        }
        if (Boolean.FALSE.equals(tls)) {
            if (storesGiven) {
                throw invalid("tls", "is false, but trustStore or keyStore is set");
            }
            builder.tls(TlsSettings.disabled());
            return;
        }
        TlsSettings settings = TlsSettings.systemTrust();
        if (!blank(trustStore)) {
            settings = settings.withTrustStore(store(trustStore, trustStorePassword));
        }
        if (!blank(keyStore)) {
            settings = settings.withClientCertificate(store(keyStore, keyStorePassword));
        }
        builder.tls(settings);
    }

    /** A JKS file by its extension, else PKCS12. */
    private static KeyStoreLocation store(String path, String password) {
        String type = path.toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
        return new KeyStoreLocation(path.strip(), type, password);
    }

    /**
     * bindGroups wins; else transmitters / receivers / transceivers make the group "default";
     * else the preset's groups, named by their system_type ("default" for none).
     */
    private List<NamedBindGroup> groups(ProviderPreset preset) throws InvalidPropertyException {
        List<BindGroup> presetGroups = preset.builder().name("preview").credentials("preview", "")
                .host("preview").build().bindGroups();
        String defaultSystemType = systemType != null ? systemType.strip() : presetGroups.get(0).systemType();
        if (!blank(bindGroups)) {
            return BindGroupsProperty.parse(bindGroups, defaultSystemType);
        }
        if (transmitters != null || receivers != null || transceivers != null) {
            try {
                return List.of(new NamedBindGroup(DEFAULT_GROUP, new BindGroup(defaultSystemType,
                        count("transmitters", transmitters), count("receivers", receivers),
                        count("transceivers", transceivers))));
            } catch (InvalidSettingException e) {
                throw invalid(e.field().equals("bindGroups.systemType") ? "systemType" : "transceivers", e.getMessage());
            }
        }
        List<NamedBindGroup> result = new ArrayList<>();
        for (BindGroup group : presetGroups) {
            String type = presetGroups.size() == 1 && systemType != null ? systemType.strip() : group.systemType();
            BindGroup named = new BindGroup(type, group.transmitters(), group.receivers(), group.transceivers());
            result.add(new NamedBindGroup(type.isEmpty() ? DEFAULT_GROUP : type, named));
        }
        return result;
    }

    private static int count(String property, Integer value) throws InvalidPropertyException {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw invalid(property, "must not be negative: " + value);
        }
        return value;
    }

    private static void positive(String property, int value) throws InvalidPropertyException {
        if (value <= 0) {
            throw invalid(property, "must be positive: " + value);
        }
    }

    /** The property a core settings field comes from. */
    static String propertyOf(String field) {
        if (field.startsWith("credentials.systemId")) {
            return "systemId";
        }
        if (field.startsWith("credentials.password")) {
            return "password";
        }
        if (field.startsWith("credentials")) {
            return "systemId";
        }
        if (field.startsWith("hosts")) {
            return "hosts";
        }
        if (field.startsWith("tls")) {
            return "tls";
        }
        if (field.startsWith("bindGroups") || field.equals("sessionCap")) {
            return "bindGroups";
        }
        if (field.equals("tpsLimit")) {
            return "maxTps";
        }
        if (field.equals("responseTimeout")) {
            return "responseTimeoutMillis";
        }
        if (field.equals("name")) {
            return "account";
        }
        return field;
    }

    static InvalidPropertyException invalid(String property, String problem) {
        return new InvalidPropertyException(property + " " + problem);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The property names whose values differ from {@code other}'s (passwords compared, not shown). */
    public Set<String> differences(AccountProperties other) {
        Set<String> result = new LinkedHashSet<>();
        java.lang.reflect.RecordComponent[] components = AccountProperties.class.getRecordComponents();
        for (java.lang.reflect.RecordComponent component : components) {
            try {
                Object mine = component.getAccessor().invoke(this);
                Object theirs = component.getAccessor().invoke(other);
                if (!java.util.Objects.equals(mine, theirs)) {
                    result.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                result.add(component.getName());
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "AccountProperties[account=" + account + ", provider=" + provider + ", hosts=" + hosts + ", port=" + port
                + ", tls=" + tls + ", systemId=" + systemId + ", password=" + (password == null ? "unset" : "****")
                + ", systemType=" + systemType + ", bindGroups=" + bindGroups + ", transmitters=" + transmitters
                + ", receivers=" + receivers + ", transceivers=" + transceivers + "]";
    }
}
