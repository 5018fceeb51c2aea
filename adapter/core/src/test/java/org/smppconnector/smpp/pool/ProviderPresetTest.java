package org.smppconnector.smpp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.smpp.receipt.ErrCodeFormat;
import org.smppconnector.smpp.session.Backoff;
import org.smppconnector.smpp.session.Jitter;
import org.smppconnector.smpp.split.PartLimits;
import org.smppconnector.smpp.split.Segmentation;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;

/** Each preset against its provider's published document (shared/providers). */
class ProviderPresetTest {

    private static AccountSettings account(ProviderPreset preset) {
        AccountSettings.Builder b = preset.builder().name("test").credentials("user", "pass");
        if (b.hosts().isEmpty()) {
            b.host("smsc.example.net", 2775);
        }
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(ProviderPreset.class)
    void everyPresetBuildsOnceCredentialsAreGiven(ProviderPreset preset) {
        AccountSettings s = account(preset);
        assertEquals(preset, s.preset());
        assertTrue(s.sessionCap().isEmpty() || s.totalBinds() <= s.sessionCap().getAsInt());
    }

    @Test
    void mitto() {
        AccountSettings s = account(ProviderPreset.MITTO);
        assertEquals(InterfaceVersion.V3_4, s.interfaceVersion());
        assertEquals(OptionalInt.of(4), s.sessionCap());
        assertEquals(OptionalInt.empty(), s.tpsLimit(), "no TPS limit besides internet speed");
        assertEquals(153, s.segmentation().gsm7PerPart());
        assertEquals(67, s.segmentation().ucs2PerPart());
        assertTrue(s.supports(SmppOperation.DATA_SM));
        assertFalse(s.supports(SmppOperation.QUERY_SM));
        assertThrows(InvalidSettingException.class, () -> ProviderPreset.MITTO.builder().name("x")
                .credentials("u", "p").build(), "Mitto's host is per customer");
        assertEquals("bindGroups", assertThrows(InvalidSettingException.class, () -> ProviderPreset.MITTO.builder()
                .name("x").credentials("u", "p").host("h", 1).bindGroups(new BindGroup("", 2, 3, 0)).build()).field());
    }

    @Test
    void gatewayApi() {
        AccountSettings s = account(ProviderPreset.GATEWAYAPI);
        assertEquals(List.of(new SmscAddress("a.smpp.gatewayapi.com", 8775), new SmscAddress("b.smpp.gatewayapi.com", 8775)),
                s.hosts());
        assertTrue(s.tls().enabled());
        assertEquals(2, s.totalBinds(), "one bind per host");
        assertEquals(Duration.ofSeconds(30), s.keepalive().interval());
        Backoff reconnect = s.reconnect().backoff();
        assertTrue(reconnect.isFixed());
        assertEquals(Duration.ofSeconds(30), reconnect.initial());
        assertEquals(Jitter.plusMinus(0.1), reconnect.jitter());
        assertEquals(Set.of(0, 2, 3, 4, 6, 8, 24, 240), s.allowedDataCodings());
        assertEquals(Set.of(SmppOperation.SUBMIT_SM), s.supportedOperations());
        assertEquals(ErrCodeFormat.GATEWAYAPI, s.receiptErrFormat());
        assertEquals(Set.of(0, 1), s.addressRules().destinationTons(), "destinations of TON 0 or 1 only");
        assertEquals("4512345678", s.addressRules().write(1, "4512345678"));
        assertEquals("a.smpp.gatewayapi.eu", account(ProviderPreset.GATEWAYAPI_EU).hosts().get(0).host());
        AccountSettings plain = ProviderPreset.GATEWAYAPI.builder().name("x").credentials("u", "p")
                .tls(TlsSettings.disabled()).hosts(List.of())
                .defaultPort(ProviderPreset.GATEWAYAPI_PORT).host("a.smpp.gatewayapi.com").build();
        assertEquals(2775, plain.hosts().get(0).port());
    }

    @Test
    void mobileTextAlerts() {
        AccountSettings s = account(ProviderPreset.MOBILE_TEXT_ALERTS);
        assertEquals(List.of(new SmscAddress("smpp.mobile-text-alerts.com", 2775)), s.hosts());
        assertTrue(s.tls().enabled());
        assertEquals(Optional.of(Duration.ofSeconds(120)), s.keepalive().peerIdleLimit());
        assertTrue(s.keepalive().effectiveInterval().compareTo(Duration.ofSeconds(60)) <= 0, "30-60 s asked");
        Backoff reconnect = s.reconnect().backoff();
        assertEquals(Duration.ofSeconds(1), reconnect.initial());
        assertEquals(Duration.ofSeconds(60), reconnect.max());
        assertEquals(2.0, reconnect.multiplier());
        assertEquals(Set.of(0, 1, 3, 8), s.allowedDataCodings());
        assertEquals(Alphabet.IA5, s.smscDefaultAlphabet(), "0x00 treated as ASCII");
        assertEquals(Optional.empty(), s.dataCodingFor(Alphabet.GSM7), "no GSM-7 at all");
        assertEquals(Optional.of(DataCoding.SMSC_DEFAULT), s.dataCodingFor(Alphabet.IA5));
        assertEquals(Optional.of(DataCoding.LATIN1), s.dataCodingFor(Alphabet.LATIN1));
        Segmentation segmentation = s.segmentation().toSegmentation();
        assertEquals(new PartLimits(160, 153, 7), segmentation.limits(Alphabet.IA5), "160 ASCII characters per segment");
        assertEquals(new PartLimits(160, 153, 7), segmentation.limits(Alphabet.LATIN1), "160 Latin-1 characters too");
        assertEquals(PartLimits.UCS2, segmentation.limits(Alphabet.UCS2));
        assertEquals(Set.of(SmppOperation.SUBMIT_SM, SmppOperation.QUERY_SM, SmppOperation.CANCEL_SM),
                s.supportedOperations());
        assertEquals("+12125551234", s.addressRules().write(1, "12125551234"), "E.164 with its '+'");
        assertEquals(Set.of(1), s.addressRules().destinationTons(), "destinations international");
        assertEquals(Set.of(0, 1), s.addressRules().sourceTons(), "its number, or empty for the default");
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> ProviderPreset.MOBILE_TEXT_ALERTS
                .builder().name("x").credentials("u", "p").tls(TlsSettings.disabled()).build());
        assertEquals("tls", e.field());
    }

    @Test
    void sureM() {
        AccountSettings s = account(ProviderPreset.SUREM);
        assertEquals(InterfaceVersion.V5_0, s.interfaceVersion());
        assertEquals(Set.of(0, 1, 3, 8, 14), s.allowedDataCodings());
        assertEquals(Alphabet.IA5, s.smscDefaultAlphabet(), "0 or 1: ASCII");
        assertEquals(Set.of(SmppOperation.SUBMIT_SM, SmppOperation.DATA_SM), s.supportedOperations());
        assertEquals(AddressRules.ANY, s.addressRules(), "its document states no address rule");
    }

    @Test
    void bulkSms() {
        AccountSettings s = account(ProviderPreset.BULKSMS);
        assertEquals(OptionalInt.of(10), s.sessionCap());
        assertEquals(List.of(BindGroup.transceivers("0", 1)), s.bindGroups());
        assertEquals(Optional.of(Duration.ofDays(21)), s.maxValidity());
        assertEquals(Set.of(0, 4, 8), s.allowedDataCodings());
        assertEquals(Set.of(0), s.segmentation().multipartDataCodings(), "multipart in 7-bit only");
        assertEquals(Set.of(SmppOperation.SUBMIT_SM), s.supportedOperations());
        assertEquals("credentials.password", assertThrows(InvalidSettingException.class,
                () -> ProviderPreset.BULKSMS.builder().credentials("user", "ninechars")).field());
        assertEquals("bindGroups", assertThrows(InvalidSettingException.class, () -> ProviderPreset.BULKSMS.builder()
                .name("x").credentials("u", "p").host("h", 1)
                .bindGroups(new BindGroup("0", 4, 1, 0), new BindGroup("1", 4, 2, 0)).build()).field());
    }

    @ParameterizedTest
    @EnumSource(value = ProviderPreset.class, names = {"GENERIC", "MITTO", "GATEWAYAPI", "GATEWAYAPI_EU", "BULKSMS"})
    void dataCoding0IsGsm7WhereTheDocumentSaysSoOrSaysNothing(ProviderPreset preset) {
        // GatewayAPI: "0 IA5 / GSM-7 (GSM-7)"; BulkSMS: "7-bit (text)"; Mitto: no table.
        AccountSettings s = account(preset);
        assertEquals(Alphabet.GSM7, s.smscDefaultAlphabet());
        assertEquals(Optional.of(DataCoding.SMSC_DEFAULT), s.dataCodingFor(Alphabet.GSM7));
        assertEquals(PartLimits.EIGHT_BIT, s.segmentation().toSegmentation().limits(Alphabet.IA5));
    }

    @Test
    void genericIsTheBuilderDefaults() {
        assertEquals(AddressRules.ANY, account(ProviderPreset.GENERIC).addressRules());
        assertEquals(AccountSettings.builder().name("test").credentials("user", "pass").host("smsc.example.net", 2775)
                .build().toString(), account(ProviderPreset.GENERIC).toString());
    }
}
