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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.receipt.ErrCodeFormat;
import org.smppconnector.smpp.receipt.MessageIdNormalization;
import org.smppconnector.smpp.session.KeepaliveSettings;
import org.smppconnector.smpp.session.ReconnectPolicy;
import org.smppconnector.smpp.session.RetryRule;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;

class AccountSettingsTest {

    private static AccountSettings.Builder minimal() {
        return AccountSettings.builder().name("acme").host("smsc.example.com").credentials("acme", "secret");
    }

    private static String failingField(UnaryOperator<AccountSettings.Builder> change) {
        return assertThrows(InvalidSettingException.class, () -> change.apply(minimal()).build()).field();
    }

    @Test
    void duplicateRetryRulesNameTheField() {
        RetryRule throttled = RetryTable.defaultRules().get(0);
        assertEquals("retryRules", failingField(b -> b.retryRules(List.of(throttled, throttled))));
    }

    @Test
    void minimalAccountGetsTheGenericDefaults() {
        AccountSettings s = minimal().build();
        assertEquals("acme", s.name());
        assertEquals(ProviderPreset.GENERIC, s.preset());
        assertEquals(List.of(new SmscAddress("smsc.example.com", 2775)), s.hosts());
        assertFalse(s.tls().enabled());
        assertEquals(InterfaceVersion.V3_4, s.interfaceVersion());
        assertEquals(List.of(BindGroup.transceivers("", 1)), s.bindGroups());
        assertEquals(OptionalInt.empty(), s.sessionCap());
        assertEquals(10, s.windowSize());
        assertEquals(Duration.ofSeconds(10), s.responseTimeout());
        assertEquals(Duration.ofSeconds(2), s.windowWait());
        assertEquals(OptionalInt.empty(), s.tpsLimit());
        assertEquals(1, s.tpsBurst());
        assertEquals(KeepaliveSettings.DEFAULT, s.keepalive());
        assertEquals(ReconnectPolicy.DEFAULT, s.reconnect());
        assertEquals(Set.of(0, 1, 3, 4, 8), s.allowedDataCodings());
        assertEquals(Alphabet.GSM7, s.smscDefaultAlphabet());
        assertEquals(SegmentationSettings.UDH_DEFAULT, s.segmentation());
        assertTrue(s.supports(SmppOperation.QUERY_SM));
        assertEquals(Optional.empty(), s.maxValidity());
        assertEquals(AddressRules.ANY, s.addressRules());
        assertEquals(MessageIdNormalization.AS_IS, s.messageIdNormalization());
        assertEquals(ErrCodeFormat.DECIMAL, s.receiptErrFormat());
        assertEquals(RetryTable.defaultRules(), s.retryRules());
        assertEquals(1, s.totalBinds());
        assertEquals(2, s.failoverAfter());
    }

    @Test
    void failoverAfterCountsAtLeastOneAttempt() {
        assertEquals("failoverAfter", failingField(b -> b.failoverAfter(0)));
        assertEquals(5, minimal().failoverAfter(5).build().toBuilder().build().failoverAfter());
    }

    @Test
    void everySettingCanBeChangedAndSurvivesToBuilder() {
        AccountSettings s = minimal()
                .host("smsc2.example.com", 2776)
                .tls(TlsSettings.systemTrust())
                .interfaceVersion(InterfaceVersion.V5_0)
                .bindGroups(new BindGroup("1", 2, 1, 0), BindGroup.transceivers("2", 1))
                .sessionCap(5)
                .windowSize(50)
                .responseTimeout(Duration.ofSeconds(20))
                .windowWait(Duration.ZERO)
                .tpsLimit(100)
                .tpsBurst(10)
                .keepalive(KeepaliveSettings.every(Duration.ofSeconds(45)))
                .reconnect(ReconnectPolicy.fixed(Duration.ofSeconds(5)))
                .allowedDataCodings(0, 8)
                .smscDefaultAlphabet(Alphabet.LATIN1)
                .segmentation(SegmentationSettings.UDH_DEFAULT.onlyFor(0))
                .supportedOperations(SmppOperation.SUBMIT_SM)
                .maxValidity(Duration.ofDays(2))
                .addressRules(AddressRules.ANY.withInternationalNumbers(InternationalNumberFormat.PLUS_AND_DIGITS))
                .messageIdNormalization(MessageIdNormalization.HEX_TO_DECIMAL)
                .receiptErrFormat(ErrCodeFormat.HEX)
                .retryRules(List.of())
                .build();
        AccountSettings copy = s.toBuilder().build();
        assertEquals(s.toString(), copy.toString());
        assertEquals(2, copy.hosts().size());
        assertEquals(4, copy.totalBinds());
        assertEquals(OptionalInt.of(5), copy.sessionCap());
        assertEquals(OptionalInt.of(100), copy.tpsLimit());
        assertEquals(10, copy.tpsBurst());
        assertEquals(InterfaceVersion.V5_0, copy.interfaceVersion());
        assertEquals(Set.of(0), copy.segmentation().multipartDataCodings());
        assertEquals(Alphabet.LATIN1, copy.smscDefaultAlphabet());
        assertEquals(Optional.of(Duration.ofDays(2)), copy.maxValidity());
        assertEquals(InternationalNumberFormat.PLUS_AND_DIGITS, copy.addressRules().internationalNumbers());
        assertEquals(List.of(), copy.retryRules());
        assertEquals(Duration.ZERO, copy.windowWait());
        assertFalse(copy.supports(SmppOperation.DATA_SM));
        assertEquals(OptionalInt.empty(), copy.toBuilder().noSessionCap().noTpsLimit().build().sessionCap());
    }

    @Test
    void settingsAreImmutable() {
        AccountSettings s = minimal().build();
        assertThrows(UnsupportedOperationException.class, () -> s.hosts().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.bindGroups().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.allowedDataCodings().clear());
        AccountSettings.Builder builder = s.toBuilder();
        builder.host("other.example.com");
        assertEquals(1, s.hosts().size(), "a builder must not reach into built settings");
    }

    @Test
    void bindsNeverExceedTheSessionCap() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> minimal()
                .sessionCap(4).bindGroups(new BindGroup("0", 2, 1, 0), BindGroup.transceivers("1", 2)).build());
        assertEquals("bindGroups", e.field());
        assertTrue(e.getMessage().contains("5 binds exceed the session cap of 4"), e.getMessage());
        minimal().sessionCap(4).bindGroups(new BindGroup("0", 2, 1, 0), BindGroup.transceivers("1", 1)).build();
    }

    @Test
    void eachInvalidSettingIsNamed() {
        assertEquals("name", failingField(b -> b.name(" ")));
        assertEquals("hosts", failingField(b -> b.hosts(List.of())));
        assertEquals("hosts", failingField(b -> b.host("smsc.example.com")));
        assertEquals("bindGroups", failingField(b -> b.bindGroups(List.of())));
        assertEquals("bindGroups[1].systemType",
                failingField(b -> b.bindGroups(BindGroup.transceivers("0", 1), BindGroup.transceivers("0", 1))));
        assertEquals("sessionCap", failingField(b -> b.sessionCap(0)));
        assertEquals("windowSize", failingField(b -> b.windowSize(0)));
        assertEquals("windowSize", failingField(b -> b.windowSize(1 << 20)));
        assertEquals("responseTimeout", failingField(b -> b.responseTimeout(Duration.ZERO)));
        assertEquals("windowWait", failingField(b -> b.windowWait(Duration.ofMillis(-1))));
        assertEquals("tpsLimit", failingField(b -> b.tpsLimit(0)));
        assertEquals("tpsBurst", failingField(b -> b.tpsBurst(0)));
        assertEquals("allowedDataCodings", failingField(b -> b.allowedDataCodings(Set.of())));
        assertEquals("allowedDataCodings", failingField(b -> b.allowedDataCodings(0, 256)));
        assertEquals("segmentation.multipartDataCodings",
                failingField(b -> b.allowedDataCodings(0).segmentation(SegmentationSettings.UDH_DEFAULT.onlyFor(8))));
        assertEquals("supportedOperations", failingField(b -> b.supportedOperations(SmppOperation.QUERY_SM)));
        assertEquals("maxValidity", failingField(b -> b.maxValidity(Duration.ofDays(-1))));
        assertEquals("smscDefaultAlphabet", failingField(b -> b.smscDefaultAlphabet(Alphabet.BINARY)));
    }

    @Test
    void eachAlphabetGoesUnderTheDataCodingThatMeansItOnThisSmsc() {
        AccountSettings gsmDefault = minimal().build();
        assertEquals(Optional.of(DataCoding.SMSC_DEFAULT), gsmDefault.dataCodingFor(Alphabet.GSM7));
        assertEquals(Optional.of(DataCoding.IA5), gsmDefault.dataCodingFor(Alphabet.IA5));
        assertEquals(Optional.empty(), gsmDefault.dataCodingFor(Alphabet.CYRILLIC), "6 not allowed");

        AccountSettings asciiDefault = minimal().smscDefaultAlphabet(Alphabet.IA5).build();
        assertEquals(Optional.empty(), asciiDefault.dataCodingFor(Alphabet.GSM7), "0 would be read as ASCII");
        assertEquals(Optional.of(DataCoding.SMSC_DEFAULT), asciiDefault.dataCodingFor(Alphabet.IA5));
        assertEquals(Optional.of(DataCoding.UCS2), asciiDefault.dataCodingFor(Alphabet.UCS2));

        AccountSettings noZero = minimal().smscDefaultAlphabet(Alphabet.IA5).allowedDataCodings(1, 8).build();
        assertEquals(Optional.of(DataCoding.IA5), noZero.dataCodingFor(Alphabet.IA5), "its own value when 0 is not allowed");
    }

    @Test
    void missingCredentialsAreNamed() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AccountSettings.builder().name("x").host("h").build());
        assertEquals("credentials", e.field());
    }

    @Test
    void credentialsKeepToSmppLengthsAndHideThePassword() {
        assertEquals("credentials.password",
                assertThrows(InvalidSettingException.class, () -> new Credentials("acme", "123456789")).field());
        assertEquals("credentials.systemId",
                assertThrows(InvalidSettingException.class, () -> new Credentials("a234567890123456", "x")).field());
        assertEquals("credentials.systemId",
                assertThrows(InvalidSettingException.class, () -> new Credentials("", "x")).field());
        assertEquals("credentials.password",
                assertThrows(InvalidSettingException.class, () -> new Credentials("acme", "pässwd")).field());
        Credentials ok = new Credentials("a23456789012345", "12345678");
        assertFalse(ok.toString().contains("12345678"), ok.toString());
        assertEquals("", new Credentials("acme", null).password());
        assertFalse(minimal().build().toString().contains("secret"));
    }

    @Test
    void bindGroupsCountTheirBinds() {
        BindGroup group = new BindGroup("1", 2, 1, 3);
        assertEquals(6, group.binds());
        assertEquals(5, group.transmittingBinds());
        assertEquals(4, group.receivingBinds());
        assertEquals("", new BindGroup(null, 1, 0, 0).systemType());
        assertEquals("bindGroups.binds",
                assertThrows(InvalidSettingException.class, () -> new BindGroup("1", 0, 0, 0)).field());
        assertEquals("bindGroups.binds",
                assertThrows(InvalidSettingException.class, () -> new BindGroup("1", -1, 1, 0)).field());
        assertEquals("bindGroups.systemType",
                assertThrows(InvalidSettingException.class, () -> new BindGroup("1234567890123", 1, 0, 0)).field());
    }

    @Test
    void hostsNeedANameAndAPort() {
        assertEquals("hosts.host", assertThrows(InvalidSettingException.class, () -> new SmscAddress(" ", 1)).field());
        assertEquals("hosts.host", assertThrows(InvalidSettingException.class, () -> new SmscAddress("a b", 1)).field());
        assertEquals("hosts.port", assertThrows(InvalidSettingException.class, () -> new SmscAddress("h", 0)).field());
        assertEquals("hosts.port", assertThrows(InvalidSettingException.class, () -> new SmscAddress("h", 65536)).field());
        assertEquals("h:2775", new SmscAddress("h", 2775).toString());
    }

    @Test
    void segmentationPartsStayWithinOneMessage() {
        assertEquals("segmentation.gsm7PerPart", assertThrows(InvalidSettingException.class,
                () -> new SegmentationSettings(SegmentationMethod.SAR_TLVS, 161, 67, 134, Set.of())).field());
        assertEquals("segmentation.ucs2PerPart", assertThrows(InvalidSettingException.class,
                () -> new SegmentationSettings(SegmentationMethod.SAR_TLVS, 153, 0, 134, Set.of())).field());
        assertEquals("segmentation.multipartDataCodings", assertThrows(InvalidSettingException.class,
                () -> SegmentationSettings.UDH_DEFAULT.onlyFor(300)).field());
    }
}
