package org.smppconnector.engine.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.KeyStoreLocation;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.smpp.pool.TlsSettings;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.KeepaliveSettings;
import org.smppconnector.simulator.tls.TlsMaterial;
import org.smppconnector.smpp.session.BindFailedException;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.transport.Connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mobile Text Alerts: TLS only, and idle sessions closed; keepalive must keep the bind. */
class TlsKeepaliveTest extends EngineHarness {

    @Test
    void tlsBindWithHostNameVerificationOutlivesTheInactivityLimit(@TempDir Path dir) throws Exception {
        Duration idleLimit = Duration.ofSeconds(1);
        SmscSimulator smsc = simulator(SmscSimulator.builder(
                Profiles.mobileTextAlerts().toBuilder().inactivityTimeout(idleLimit).build()).account("mta", "secret"));
        Path trust = dir.resolve("smsc-trust.p12");
        smsc.tls().writeTrustStore(trust, "changeit".toCharArray());
        assertTrue(Files.size(trust) > 0);

        AccountPool pool = start(account(ProviderPreset.MOBILE_TEXT_ALERTS, smsc, "mta", "secret")
                .hosts(List.of(new SmscAddress("localhost", smsc.port())))
                .tls(TlsSettings.systemTrust().withTrustStore(KeyStoreLocation.pkcs12(trust.toString(), "changeit")))
                .keepalive(KeepaliveSettings.every(Duration.ofMillis(300)).withPeerIdleLimit(idleLimit))
                .build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, WAIT));
        SubmitSm sm = submitSm("+4512345678", "over TLS");
        assertTrue(!pool.submit(sm).get(10, TimeUnit.SECONDS).getMessageId().isEmpty());

        SimulatedSession session = smsc.awaitBound("mta", WAIT);
        // Idle from here on except for keepalive: several inactivity limits pass.
        smsc.await("enquire_links over three idle limits", WAIT,
                () -> session.pdus("enquire_link", Direction.RECEIVED).size() >= 10);
        assertEquals(SimulatedSession.State.BOUND, session.state());
        assertNull(session.closeReason());
        assertEquals(1, smsc.count(Counter.BINDS_ACCEPTED));
        assertTrue(pool.status().get(0).session().lastEnquireLinkAnsweredNanos() != 0);
    }

    @Test
    void aCertificateForAnotherHostIsRefused(@TempDir Path dir) throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.mobileTextAlerts()).account("mta", "secret")
                .tlsMaterial(TlsMaterial.selfSigned(List.of("smsc.example.org"), List.of()))
                .tlsHandshakeTimeout(WAIT)); // a loaded machine must not turn the refusal into a timeout
        Path trust = dir.resolve("smsc-trust.p12");
        smsc.tls().writeTrustStore(trust, "changeit".toCharArray());
        Connector connector = TlsSettings.systemTrust()
                .withTrustStore(KeyStoreLocation.pkcs12(trust.toString(), "changeit")).connector(WAIT);
        SmppSession session = new SmppSession(SessionSettings.of("mta", "secret"), executor, scheduler,
                new RetryTable(List.of()), InboundHandler.REFUSE, SmppSession.Listener.NONE);
        // Trusted certificate, wrong name: host-name verification must refuse it.
        BindFailedException e = assertThrows(BindFailedException.class,
                () -> session.bind(connector, "localhost", smsc.port()));
        assertEquals(org.smppconnector.smpp.transport.ConnectFailedException.Reason.TLS_CERTIFICATE,
                assertInstanceOf(org.smppconnector.smpp.transport.ConnectFailedException.class, e.getCause()).reason());
        assertEquals(0, smsc.count(Counter.BINDS_ACCEPTED), e.getMessage());
    }
}
