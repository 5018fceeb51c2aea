package org.smppconnector.smpp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.transport.ConnectFailedException.Reason;

/** TLS against a loopback server with certificates made by keytool for this test. */
class TlsConnectorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @BeforeAll
    static void certificates() throws Exception {
        TestCertificates.ensure();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    private static TlsSettings trusting() {
        return TlsSettings.trustStore(TestCertificates.TRUST, TestCertificates.PASSWORD, "PKCS12");
    }

    @Test
    void handshakeToLocalhostVerifiesTheNameSendsSniAndCarriesPdus() throws Exception {
        try (TlsPeer server = new TlsPeer(TestCertificates.SERVER, null, executor)) {
            ConnectedSocket socket = Connector.tls(TIMEOUT, trusting()).connect("localhost", server.port());
            assertTrue(socket.isTls());
            assertEquals("TLSv1.3", socket.tlsProtocol());
            TlsPeer.Handshake seen = server.handshake.get(10, TimeUnit.SECONDS);
            assertEquals(List.of("localhost"), seen.sniNames());
            assertTrue(socket.socket().getTcpNoDelay());

            RecordingListener listener = new RecordingListener();
            PduConnection connection = new PduConnection(socket, SmppPeer.CODEC, ConnectionSettings.defaults());
            connection.start(executor, listener);
            for (int seq = 1; seq <= 50; seq++) {
                connection.write(TestPdus.submitSm(seq, "over TLS"));
            }
            for (int seq = 1; seq <= 50; seq++) {
                assertEquals(seq, assertInstanceOf(SubmitSmResp.class, listener.next()).getSequenceNumber());
            }
            connection.close();
            assertTrue(connection.awaitClosed(10, TimeUnit.SECONDS));
            assertEquals(CloseReason.LOCAL, listener.closeReason.reason());
        }
    }

    @Test
    void ipAddressIsVerifiedAgainstTheCertificateAndSentWithoutSni() throws Exception {
        try (TlsPeer server = new TlsPeer(TestCertificates.SERVER, null, executor)) {
            ConnectedSocket socket = Connector.tls(TIMEOUT, trusting()).connect("127.0.0.1", server.port());
            assertEquals(List.of(), server.handshake.get(10, TimeUnit.SECONDS).sniNames());
            socket.close();
        }
    }

    @Test
    void certificateForAnotherNameIsRefused() throws Exception {
        for (String host : List.of("localhost", "127.0.0.1")) {
            try (TlsPeer server = new TlsPeer(TestCertificates.OTHER_NAME, null, executor)) {
                ConnectFailedException e = assertThrows(ConnectFailedException.class,
                        () -> Connector.tls(TIMEOUT, trusting()).connect(host, server.port()));
                assertEquals(Reason.TLS_CERTIFICATE, e.reason(), e.getMessage());
                assertFalse(e.isTransient());
                assertTrue(e.getMessage().contains(host), e.getMessage());
            }
        }
    }

    @Test
    void untrustedCertificateIsRefused() throws Exception {
        try (TlsPeer server = new TlsPeer(TestCertificates.UNTRUSTED, null, executor)) {
            ConnectFailedException e = assertThrows(ConnectFailedException.class,
                    () -> Connector.tls(TIMEOUT, trusting()).connect("localhost", server.port()));
            assertEquals(Reason.TLS_CERTIFICATE, e.reason(), e.getMessage());
        }
    }

    @Test
    void systemTrustDoesNotTrustASelfSignedCertificate() throws Exception {
        try (TlsPeer server = new TlsPeer(TestCertificates.SERVER, null, executor)) {
            ConnectFailedException e = assertThrows(ConnectFailedException.class,
                    () -> Connector.tls(TIMEOUT, TlsSettings.systemTrust()).connect("localhost", server.port()));
            assertEquals(Reason.TLS_CERTIFICATE, e.reason(), e.getMessage());
        }
    }

    @Test
    void protocolsCanBeNarrowedToTls12() throws Exception {
        try (TlsPeer server = new TlsPeer(TestCertificates.SERVER, null, executor)) {
            ConnectedSocket socket = Connector.tls(TIMEOUT, trusting().withProtocols("TLSv1.2")).connect("localhost", server.port());
            assertEquals("TLSv1.2", socket.tlsProtocol());
            socket.close();
        }
        try (TlsPeer server = new TlsPeer(TestCertificates.SERVER, null, executor, "TLSv1.3")) {
            ConnectFailedException e = assertThrows(ConnectFailedException.class,
                    () -> Connector.tls(TIMEOUT, trusting().withProtocols("TLSv1.2")).connect("localhost", server.port()));
            assertEquals(Reason.TLS_HANDSHAKE, e.reason(), e.getMessage());
        }
        TlsConfigException e = assertThrows(TlsConfigException.class, () -> trusting().withProtocols("TLSv1.1"));
        assertTrue(e.getMessage().contains("TLSv1.1"));
    }

    @Test
    void tls11IsRefusedEvenWhereTheJvmAllowsIt() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Tls11Probe.class.getName(), TestCertificates.SERVER.toString(), TestCertificates.TRUST.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("control client negotiated TLSv1.1"), output);
        assertTrue(output.contains("connector refused: TLS_HANDSHAKE"), output);
    }

    @Test
    void clientCertificateIsPresentedWhenAsked() throws Exception {
        try (TlsPeer server = new TlsPeer(TestCertificates.SERVER, TestCertificates.CLIENT_TRUST, executor)) {
            TlsSettings settings = trusting().withClientKeyStore(TestCertificates.CLIENT, TestCertificates.PASSWORD, "PKCS12");
            ConnectedSocket socket = Connector.tls(TIMEOUT, settings).connect("localhost", server.port());
            assertEquals("CN=smpp-client", server.handshake.get(10, TimeUnit.SECONDS).clientPrincipal());
            socket.close();
        }
    }

    @Test
    void silentServerTimesOutTheHandshake() throws Exception {
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            ConnectFailedException e = assertThrows(ConnectFailedException.class,
                    () -> Connector.tls(Duration.ofMillis(300), trusting()).connect("127.0.0.1", silent.getLocalPort()));
            assertEquals(Reason.TIMEOUT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("TLS handshake timed out"), e.getMessage());
            assertTrue(e.isTransient());
            try (Socket accepted = silent.accept()) {
                assertNull(null, "the connector closed its socket: " + accepted);
            }
        }
    }

    @Test
    void unusableStoresAreRefusedWhenTheConnectorIsBuilt() {
        Path missing = TestCertificates.DIR.resolve("missing.p12");
        TlsConfigException e = assertThrows(TlsConfigException.class,
                () -> Connector.tls(TIMEOUT, TlsSettings.trustStore(missing, TestCertificates.PASSWORD, "PKCS12")));
        assertTrue(e.getMessage().contains("missing.p12"), e.getMessage());

        e = assertThrows(TlsConfigException.class,
                () -> Connector.tls(TIMEOUT, TlsSettings.trustStore(TestCertificates.TRUST, "wrong".toCharArray(), "PKCS12")));
        assertTrue(e.getMessage().contains("trust.p12"), e.getMessage());

        e = assertThrows(TlsConfigException.class, () -> Connector.tls(TIMEOUT, trusting()
                .withClientKeyStore(TestCertificates.CLIENT, "wrong".toCharArray(), "PKCS12")));
        assertTrue(e.getMessage().contains("client key store"), e.getMessage());
        assertFalse(trusting().toString().contains("changeit"), "passwords never shown");
    }
}
