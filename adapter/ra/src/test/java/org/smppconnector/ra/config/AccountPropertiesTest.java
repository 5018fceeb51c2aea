package org.smppconnector.ra.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InterfaceVersion;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;

class AccountPropertiesTest {

    /** A builder-like start: every property unset but the ones a test names. */
    private static Props props() {
        return new Props().set("account", "acme").set("hosts", "smsc.example.com").set("password", "secret");
    }

    @Test
    void theGenericPresetWithHostsGivesOneTransceiverInGroupDefault() throws Exception {
        AccountDefinition definition = props().build().toDefinition();
        AccountSettings settings = definition.settings();
        assertEquals("acme", settings.name());
        assertEquals(ProviderPreset.GENERIC, settings.preset());
        assertEquals(List.of(new SmscAddress("smsc.example.com", 2775)), settings.hosts());
        assertEquals("acme", settings.credentials().systemId(), "system_id defaults to the account name");
        assertEquals(List.of(new NamedBindGroup("default", BindGroup.transceivers("", 1))), definition.groups());
    }

    @Test
    void bindGroupsNameGroupsWithTheirSystemTypesAndCounts() throws Exception {
        AccountDefinition definition = props().set("bindGroups", "default/1/1/0, marketing@mkt/2/0/0").build().toDefinition();
        assertEquals(List.of(new NamedBindGroup("default", new BindGroup("", 1, 1, 0)),
                new NamedBindGroup("marketing", new BindGroup("mkt", 2, 0, 0))), definition.groups());
        assertEquals("marketing", definition.groupOfSystemType("mkt"));
        assertEquals("default", definition.groupOfSystemType(""));
        assertEquals(4, definition.settings().totalBinds());
    }

    @Test
    void bindGroupsOverrideTheThreeCountsWhichOtherwiseMakeGroupDefault() throws Exception {
        AccountDefinition counts = props().set("transmitters", 2).set("receivers", 1).set("systemType", "cp")
                .build().toDefinition();
        assertEquals(List.of(new NamedBindGroup("default", new BindGroup("cp", 2, 1, 0))), counts.groups());
        AccountDefinition both = props().set("transmitters", 2).set("bindGroups", "g@x/0/0/3").build().toDefinition();
        assertEquals(List.of(new NamedBindGroup("g", new BindGroup("x", 0, 0, 3))), both.groups());
    }

    @Test
    void malformedBindGroupsAreRefusedNamingTheProperty() {
        for (String bad : List.of("default/1/1", "default/1/x/0", "/1/0/0", "a/1/0/0,a@b/1/0/0", "a/0/0/0",
                "a/-1/1/0", "a/1/0/0,b/1/0/0")) {
            InvalidPropertyException e = assertThrows(InvalidPropertyException.class,
                    () -> props().set("bindGroups", bad).build().toDefinition(), bad);
            assertTrue(e.getMessage().startsWith("bindGroups "), bad + ": " + e.getMessage());
        }
    }

    @Test
    void hostsTakeAPortEachOrThePortProperty() throws Exception {
        AccountSettings settings = props().set("hosts", "a.example.com, b.example.com:2776").set("port", 3000)
                .build().toDefinition().settings();
        assertEquals(List.of(new SmscAddress("a.example.com", 3000), new SmscAddress("b.example.com", 2776)),
                settings.hosts());
        assertEquals("hosts", propertyOf(props().set("hosts", "a.example.com:x")));
        assertEquals("hosts", propertyOf(props().set("hosts", "a,,b")));
        assertEquals("hosts", propertyOf(props().set("hosts", null)));
        assertEquals("port", propertyOf(props().set("port", 70000)));
    }

    @Test
    void presetsBringTheirProvidersRules() throws Exception {
        AccountDefinition bulk = props().set("provider", "bulksms").build().toDefinition();
        assertEquals(Duration.ofDays(21), bulk.settings().maxValidity().orElseThrow());
        assertEquals(10, bulk.settings().sessionCap().getAsInt());
        assertEquals(List.of(new NamedBindGroup("0", BindGroup.transceivers("0", 1))), bulk.groups());

        AccountSettings gatewayApi = new Props().set("account", "g").set("provider", "gatewayapi").set("password", "pw")
                .build().toDefinition().settings();
        assertEquals(List.of(new SmscAddress("a.smpp.gatewayapi.com", 8775), new SmscAddress("b.smpp.gatewayapi.com", 8775)),
                gatewayApi.hosts(), "the preset's hosts, no hosts property needed");
        assertTrue(gatewayApi.tls().enabled());

        AccountSettings plainGatewayApi = new Props().set("account", "g").set("provider", "gatewayapi-eu")
                .set("tls", false).set("port", 2775).set("password", "pw").build().toDefinition().settings();
        assertEquals(List.of(new SmscAddress("a.smpp.gatewayapi.eu", 2775), new SmscAddress("b.smpp.gatewayapi.eu", 2775)),
                plainGatewayApi.hosts());
        assertFalse(plainGatewayApi.tls().enabled());

        assertEquals(ProviderPreset.MOBILE_TEXT_ALERTS, props().set("provider", "mobile-text-alerts").build()
                .toDefinition().settings().preset());
        assertEquals("provider", propertyOf(props().set("provider", "acme-sms")));
        assertEquals("tls", propertyOf(props().set("provider", "mobile-text-alerts").set("tls", false)));
    }

    @Test
    void noSettingPushesAnAccountPastItsProvidersSessionCap() throws Exception {
        assertEquals(4, props().set("provider", "mitto").set("transceivers", 4).build().toDefinition()
                .settings().totalBinds());
        InvalidPropertyException counts = assertThrows(InvalidPropertyException.class,
                () -> props().set("provider", "mitto").set("transceivers", 5).build().toDefinition());
        assertTrue(counts.getMessage().startsWith("transmitters/receivers/transceivers "), counts.getMessage());
        assertTrue(counts.getMessage().contains("session cap of 4"), counts.getMessage());
        InvalidPropertyException groups = assertThrows(InvalidPropertyException.class,
                () -> props().set("provider", "bulksms").set("bindGroups", "1@1/4/4/0,2@2/2/1/0").build().toDefinition());
        assertTrue(groups.getMessage().startsWith("bindGroups ") && groups.getMessage().contains("session cap of 10"),
                groups.getMessage());
    }

    @Test
    void limitsAndVersionsApply() throws Exception {
        AccountSettings settings = props().set("windowSize", 50).set("maxTps", 30).set("enquireLinkSeconds", 15)
                .set("responseTimeoutMillis", 2500).set("reconnectDelaySeconds", 1).set("interfaceVersion", "5.0")
                .build().toDefinition().settings();
        assertEquals(50, settings.windowSize());
        assertEquals(30, settings.tpsLimit().getAsInt());
        assertEquals(Duration.ofMillis(2500), settings.responseTimeout());
        assertEquals(InterfaceVersion.V5_0, settings.interfaceVersion());
        assertTrue(props().set("maxTps", 0).build().toDefinition().settings().tpsLimit().isEmpty());
        assertEquals("interfaceVersion", propertyOf(props().set("interfaceVersion", "4.0")));
        assertEquals("windowSize", propertyOf(props().set("windowSize", 0)));
        assertEquals("enquireLinkSeconds", propertyOf(props().set("enquireLinkSeconds", 0)));
        assertEquals("password", propertyOf(props().set("password", "much-too-long")));
        assertEquals("systemId", propertyOf(props().set("systemId", "a-system-id-too-long")));
        assertEquals("account", propertyOf(props().set("account", " ")));
    }

    @Test
    void differencesNameThePropertiesNotTheirValues() {
        AccountProperties one = props().build();
        AccountProperties other = props().set("password", "other").set("windowSize", 5).build();
        assertEquals(Set.of("password", "windowSize"), one.differences(other));
        assertFalse(other.toString().contains("other"), "the password stays out of toString: " + other);
    }

    private static String propertyOf(Props props) {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, () -> props.build().toDefinition());
        return e.getMessage().substring(0, e.getMessage().indexOf(' '));
    }

    /** Sets AccountProperties components by name. */
    static final class Props {
        private final java.util.Map<String, Object> values = new java.util.HashMap<>();

        Props set(String name, Object value) {
            values.put(name, value);
            return this;
        }

        AccountProperties build() {
            java.lang.reflect.RecordComponent[] components = AccountProperties.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = values.get(components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                return AccountProperties.class.getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
