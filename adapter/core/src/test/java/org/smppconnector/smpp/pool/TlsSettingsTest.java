package org.smppconnector.smpp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlsSettingsTest {

    @Test
    void systemTrustOffersTls13Then12WithHostNameVerification() {
        TlsSettings tls = TlsSettings.systemTrust();
        assertTrue(tls.enabled());
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), tls.protocols());
        assertEquals(Optional.empty(), tls.trustStore());
        assertEquals(Optional.empty(), tls.clientKeyStore());
        assertTrue(tls.hostnameVerification());
    }

    @Test
    void givenTrustStoreAndClientCertificate() {
        KeyStoreLocation trust = KeyStoreLocation.pkcs12("/etc/smpp/trust.p12", "changeit");
        KeyStoreLocation client = new KeyStoreLocation("/etc/smpp/client.jks", "JKS", "hunter2");
        TlsSettings tls = TlsSettings.systemTrust().withTrustStore(trust).withClientCertificate(client);
        assertEquals(Optional.of(trust), tls.trustStore());
        assertEquals(Optional.of(client), tls.clientKeyStore());
        assertFalse(tls.toString().contains("changeit") || tls.toString().contains("hunter2"), tls.toString());
        assertEquals(tls, TlsSettings.systemTrust().withTrustStore(trust).withClientCertificate(client));
    }

    @Test
    void onlyTls12AndNewerAreAccepted() {
        assertEquals(List.of("TLSv1.3"), TlsSettings.systemTrust().withProtocols("TLSv1.3").protocols());
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> TlsSettings.systemTrust().withProtocols("TLSv1.2", "TLSv1.1"));
        assertEquals("tls.protocols", e.field());
        assertThrows(InvalidSettingException.class, () -> TlsSettings.systemTrust().withProtocols());
    }

    @Test
    void plainTcpHasNothingToConfigure() {
        TlsSettings plain = TlsSettings.disabled();
        assertFalse(plain.enabled());
        assertFalse(plain.hostnameVerification());
        assertEquals("tls.trustStore", assertThrows(InvalidSettingException.class,
                () -> plain.withTrustStore(KeyStoreLocation.pkcs12("x", ""))).field());
    }

    @Test
    void storesNeedAPathAndType() {
        assertEquals("tls.storePath", assertThrows(InvalidSettingException.class,
                () -> KeyStoreLocation.pkcs12(" ", "x")).field());
        assertEquals("tls.storeType", assertThrows(InvalidSettingException.class,
                () -> new KeyStoreLocation("/x", "", "x")).field());
        assertEquals("", new KeyStoreLocation("/x", "JKS", null).password());
    }

    @Test
    void convertsIntoTheTransportsSettingsInOnePlace() {
        KeyStoreLocation trust = KeyStoreLocation.pkcs12("/etc/smpp/trust.p12", "changeit");
        KeyStoreLocation client = new KeyStoreLocation("/etc/smpp/client.jks", "JKS", "hunter2");
        org.smppconnector.smpp.transport.TlsSettings transport = TlsSettings.systemTrust().withTrustStore(trust)
                .withClientCertificate(client).withProtocols("TLSv1.3").toTransport();
        assertEquals(java.nio.file.Path.of("/etc/smpp/trust.p12"), transport.trustStoreFile());
        assertEquals(java.nio.file.Path.of("/etc/smpp/client.jks"), transport.clientKeyStoreFile());
        assertEquals(List.of("TLSv1.3"), transport.protocols());
        assertEquals(null, TlsSettings.systemTrust().toTransport().trustStoreFile());
        assertThrows(InvalidSettingException.class, () -> TlsSettings.disabled().toTransport());
        assertEquals(false, TlsSettings.disabled().connector(java.time.Duration.ofSeconds(1)).isTls());
        assertEquals(true, TlsSettings.systemTrust().connector(java.time.Duration.ofSeconds(1)).isTls());
    }
}
