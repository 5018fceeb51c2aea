package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.tls.TlsMaterial;

/** TLS with a certificate generated at start or given, verified by host name. */
class TlsTest {
    private static final BindParameter ACME = new BindParameter(BindType.BIND_TRX, "acme", "secret", "",
            TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null, InterfaceVersion.IF_34);

    @Test
    void generatedCertificateVerifiesForLocalhostAndLoopbackAddress() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").tls(true)
                .build().start()) {
            X509Certificate certificate = smsc.tls().certificate();
            Set<String> names = certificate.getSubjectAlternativeNames().stream()
                    .map(entry -> String.valueOf(entry.get(1))).collect(Collectors.toSet());
            assertTrue(names.containsAll(List.of("localhost", "127.0.0.1")), names.toString());
            SSLContext client = smsc.tls().clientContext();
            for (String host : List.of("localhost", "127.0.0.1")) {
                try (Esme esme = Esme.bind(Esme.tls(client), host, smsc.port(), ACME)) {
                    esme.submit("4915100000001", "over TLS via " + host);
                }
            }
            assertEquals(2, smsc.awaitMessages(2, Esme.WAIT).size());
        }
    }

    @Test
    void aCertificateForAnotherHostFailsHostNameVerification() throws Exception {
        TlsMaterial elsewhere = TlsMaterial.selfSigned(List.of("smsc.example.org"), List.of());
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").tls(true)
                .tlsMaterial(elsewhere).build().start()) {
            assertThrows(IOException.class, () -> Esme.bind(Esme.tls(elsewhere.clientContext()), "localhost",
                    smsc.port(), ACME).close());
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateFails() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").tls(true)
                .build().start()) {
            assertThrows(IOException.class, () -> Esme.bind(Esme.tls(SSLContext.getDefault()), "localhost",
                    smsc.port(), ACME).close());
        }
    }

    @Test
    void aGivenKeyStoreIsUsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("smsc.p12");
        TlsMaterial.selfSigned().writeKeyStore(file, "changeit".toCharArray());
        TlsMaterial given = TlsMaterial.fromKeyStore(file, "changeit".toCharArray(), "PKCS12");
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").tls(true)
                .tlsMaterial(given).build().start()) {
            SSLSocket socket = (SSLSocket) given.clientContext().getSocketFactory().createSocket("localhost", smsc.port());
            try (socket) {
                socket.startHandshake();
                X509Certificate presented = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                assertEquals(given.certificate().getSerialNumber(), presented.getSerialNumber());
            }
        }
        Path pem = dir.resolve("smsc.pem");
        given.writeCertificatePem(pem);
        assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void aPlainClientsBindIsRefusedAtOnceOnATlsEndpoint() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").tls(true)
                .build().start()) {
            SMPPSession plain = new SMPPSession();
            try {
                // the bind timeout outlasts the test's waits: only a refusal ends the bind in time
                IOException failure = assertThrows(IOException.class,
                        () -> plain.connectAndBind("127.0.0.1", smsc.port(), ACME, 60_000));
                NegativeResponseException refusal = assertInstanceOf(NegativeResponseException.class,
                        failure.getCause());
                assertEquals(SMPPConstant.STAT_ESME_RBINDFAIL, refusal.getCommandStatus());
            } finally {
                plain.close();
            }
            smsc.awaitCount(Counter.TLS_HANDSHAKES_FAILED, 1, Esme.WAIT);
            assertEquals(1, smsc.count(Counter.BINDS_REFUSED));
            assertTrue(smsc.sessions().isEmpty(), "no SMPP session began");
        }
    }

    @Test
    void aClientThatNeverStartsTheHandshakeIsClosedAfterTheHandshakeTimeout() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").tls(true)
                .tlsHandshakeTimeout(Duration.ofMillis(200)).build().start();
             Socket silent = Esme.raw(smsc.port())) {
            // the socket's own read timeout is Esme.WAIT: a -1 before it means the simulator closed
            assertEquals(-1, silent.getInputStream().read());
            smsc.awaitCount(Counter.TLS_HANDSHAKES_FAILED, 1, Esme.WAIT);
            assertEquals(0, smsc.count(Counter.BINDS_REFUSED));
        }
    }

    @Test
    void stopEndsAHandshakeInProgress() throws Exception {
        SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").tls(true)
                .tlsHandshakeTimeout(Duration.ofSeconds(30)).build().start();
        try (Socket silent = Esme.raw(smsc.port())) {
            silent.getOutputStream().write(0x16); // a TLS record begins, and nothing follows
            silent.getOutputStream().flush();
            smsc.await("the handshake began", Esme.WAIT, () -> smsc.count(Counter.CONNECTIONS_ACCEPTED) == 1);
            smsc.stop();
            assertEquals(-1, silent.getInputStream().read());
        }
    }
}
