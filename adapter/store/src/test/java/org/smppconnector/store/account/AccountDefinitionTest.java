package org.smppconnector.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InterfaceVersion;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;

/** Definition to engine settings: the preset first, stored overrides on top. */
class AccountDefinitionTest {

    @Test
    void aPresetAloneGivesThePresetsSettings() {
        AccountSettings settings = AccountDefinition.builder("gw", ProviderPreset.GATEWAYAPI).systemId("acme")
                .password("secret").build().toSettings();
        AccountSettings preset = ProviderPreset.GATEWAYAPI.builder().name("gw").credentials("acme", "secret").build();

        assertEquals(preset.hosts(), settings.hosts());
        assertEquals(preset.tls(), settings.tls());
        assertEquals(preset.bindGroups(), settings.bindGroups());
        assertEquals(preset.keepalive(), settings.keepalive());
        assertEquals(preset.receiptErrFormat(), settings.receiptErrFormat());
    }

    @Test
    void overridesGoOnTopOfThePreset() {
        AccountSettings settings = AccountDefinition.builder("gw", ProviderPreset.GATEWAYAPI).systemId("acme")
                .password("secret").port(2775).tls(false).windowSize(50).maxTps(100).enquireLinkSeconds(20)
                .reconnectDelaySeconds(1).responseTimeoutMillis(3000).interfaceVersion("5.0")
                .bindGroups(new StoredBindGroup("default", null, 1, 1, 0), new StoredBindGroup("marketing", "mkt", 2, 0, 0))
                .build().toSettings();

        assertEquals(List.of(new SmscAddress("a.smpp.gatewayapi.com", 2775), new SmscAddress("b.smpp.gatewayapi.com", 2775)),
                settings.hosts(), "the preset's hosts on the stored port");
        assertFalse(settings.tls().enabled());
        assertEquals(50, settings.windowSize());
        assertEquals(100, settings.tpsLimit().getAsInt());
        assertEquals(Duration.ofSeconds(20), settings.keepalive().interval());
        assertEquals(Duration.ofSeconds(3), settings.responseTimeout());
        assertEquals(InterfaceVersion.V5_0, settings.interfaceVersion());
        assertEquals(List.of(new BindGroup("", 1, 1, 0), new BindGroup("mkt", 2, 0, 0)), settings.bindGroups());
        assertEquals("secret", settings.credentials().password());
    }

    @Test
    void storedHostsReplaceThePresetsWithTheirOwnOrTheStoredPort() {
        AccountSettings settings = AccountDefinition.builder("m", ProviderPreset.MITTO).systemId("acme").password("pw")
                .hosts("smpp1.example.com, smpp2.example.com:2776").port(2780).build().toSettings();

        assertEquals(List.of(new SmscAddress("smpp1.example.com", 2780), new SmscAddress("smpp2.example.com", 2776)),
                settings.hosts());
        assertEquals(4, settings.sessionCap().getAsInt(), "Mitto's cap stays");
    }

    @Test
    void aGroupWithoutSystemTypeTakesTheAccounts() {
        AccountSettings settings = AccountDefinition.builder("b", ProviderPreset.BULKSMS).systemId("acme").password("pw")
                .hosts("smpp.example.com").systemType("7").binds(1, 1, 0).build().toSettings();

        assertEquals(List.of(new BindGroup("7", 1, 1, 0)), settings.bindGroups());
    }

    @Test
    void settingsThatCannotWorkNameTheirField() {
        AccountDefinition noHosts = AccountDefinition.builder("m", ProviderPreset.MITTO).systemId("acme").build();
        assertEquals("hosts", assertThrows(InvalidSettingException.class, noHosts::toSettings).field());

        AccountDefinition badPort = AccountDefinition.builder("g", ProviderPreset.GENERIC).systemId("acme")
                .hosts("smsc:twenty").build();
        assertEquals("hosts", assertThrows(InvalidSettingException.class, badPort::toSettings).field());

        AccountDefinition badVersion = AccountDefinition.builder("g", ProviderPreset.GENERIC).systemId("acme")
                .hosts("smsc").interfaceVersion("4.0").build();
        assertEquals("interfaceVersion", assertThrows(InvalidSettingException.class, badVersion::toSettings).field());

        assertThrows(InvalidSettingException.class, () -> AccountDefinition.builder(" ", ProviderPreset.GENERIC).build());
        assertThrows(InvalidSettingException.class, () -> AccountDefinition.builder("g", ProviderPreset.GENERIC)
                .bindGroups(new StoredBindGroup("a", null, 1, 0, 0), new StoredBindGroup("a", "x", 1, 0, 0)).build());
    }

    @Test
    void toStringShowsNoSecret() {
        String text = AccountDefinition.builder("g", ProviderPreset.GENERIC).systemId("acme").password("hunter2")
                .trustStore("/t.p12", "storepass").build().toString();

        assertFalse(text.contains("hunter2"));
        assertFalse(text.contains("storepass"));
        assertTrue(text.contains("****"));
    }

    @Test
    void providerNamesRoundTripAndUnknownOnesAreNamed() {
        for (ProviderPreset preset : ProviderPreset.values()) {
            assertEquals(preset, ProviderNames.parse(ProviderNames.of(preset)));
        }
        assertEquals("gatewayapi-eu", ProviderNames.of(ProviderPreset.GATEWAYAPI_EU));
        assertEquals("mobile-text-alerts", ProviderNames.of(ProviderPreset.MOBILE_TEXT_ALERTS));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> ProviderNames.parse("twilio"));
        assertTrue(e.getMessage().contains("bulksms"), e.getMessage());
    }
}
