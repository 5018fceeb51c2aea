package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.EnumSet;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.session.SimulatedSession;

/** Binds, the bind-state errors, generic_nack and enquire_link, common to every profile. */
class BindTest {
    private SmscSimulator smsc;

    @BeforeEach
    void start() throws IOException {
        smsc = SmscSimulator.builder(Profiles.generic())
                .account("acme", "secret")
                .account(new Account("txonly", "pw", EnumSet.of(BindKind.TRANSMITTER), 0))
                .account(new Account("capped", "pw", EnumSet.allOf(BindKind.class), 2))
                .build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TX", "RX", "TRX"})
    void bindsOfEachType(String type) throws Exception {
        try (Esme esme = Esme.bind(smsc, Esme.type(type), "acme", "secret")) {
            SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
            assertEquals(BindKind.parse(type), session.bindKind());
            assertEquals("0", session.bindGroup());
            assertEquals(0x34, session.interfaceVersion());
            assertTrue(esme.session.getSessionState().isBound());
        }
    }

    @Test
    void wrongPasswordIsRefusedWithInvalidPassword() {
        assertBindRefused("acme", "wrong", SMPPConstant.STAT_ESME_RINVPASWD);
    }

    @Test
    void unknownSystemIdIsRefusedWithBindFail() {
        assertBindRefused("nobody", "secret", SMPPConstant.STAT_ESME_RBINDFAIL);
    }

    @Test
    void bindTypeTheAccountMayNotUseIsRefused() throws Exception {
        assertBindRefused("txonly", "pw", SMPPConstant.STAT_ESME_RBINDFAIL, BindType.BIND_RX);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "txonly", "pw")) {
            assertTrue(esme.session.getSessionState().isBound());
        }
    }

    @Test
    void sessionCapOfTheAccountRefusesOneMore() throws Exception {
        try (Esme first = Esme.bind(smsc, BindType.BIND_TX, "capped", "pw");
             Esme second = Esme.bind(smsc, BindType.BIND_RX, "capped", "pw")) {
            assertBindRefused("capped", "pw", SMPPConstant.STAT_ESME_RBINDFAIL);
        }
        smsc.awaitAllClosed("capped", Esme.WAIT);
        try (Esme again = Esme.bind(smsc, BindType.BIND_TRX, "capped", "pw")) {
            assertTrue(again.session.getSessionState().isBound(), "a slot frees when a session closes");
        }
    }

    @Test
    void secondBindOnABoundSessionIsAlreadyBound() throws Exception {
        try (Socket socket = Esme.raw(smsc.port())) {
            RawPdus.send(socket.getOutputStream(), RawPdus.bind(0x02, 1, "acme", "secret"));
            RawPdus.Header first = RawPdus.read(socket.getInputStream());
            assertEquals(0x80000002, first.commandId());
            assertEquals(0, first.commandStatus());
            RawPdus.send(socket.getOutputStream(), RawPdus.bind(0x02, 2, "acme", "secret"));
            RawPdus.Header second = RawPdus.read(socket.getInputStream());
            assertEquals(0x80000002, second.commandId());
            assertEquals(SMPPConstant.STAT_ESME_RALYBND, second.commandStatus());
            assertEquals(2, second.sequenceNumber());
        }
    }

    @Test
    void submitOnAReceiverBindIsInvalidBindStatus() throws Exception {
        try (Socket socket = Esme.raw(smsc.port())) {
            RawPdus.send(socket.getOutputStream(), RawPdus.bind(0x01, 1, "acme", "secret"));
            assertEquals(0, RawPdus.read(socket.getInputStream()).commandStatus());
            RawPdus.send(socket.getOutputStream(), RawPdus.submitSm(7));
            RawPdus.Header response = RawPdus.read(socket.getInputStream());
            assertEquals(0x80000004, response.commandId());
            assertEquals(SMPPConstant.STAT_ESME_RINVBNDSTS, response.commandStatus());
            assertEquals(7, response.sequenceNumber());
        }
        assertEquals(0, smsc.count(Counter.SUBMITS_ACCEPTED));
    }

    @Test
    void unknownCommandGetsGenericNackInvalidCommandId() throws Exception {
        try (Socket socket = Esme.raw(smsc.port())) {
            RawPdus.send(socket.getOutputStream(), RawPdus.bind(0x09, 1, "acme", "secret"));
            assertEquals(0, RawPdus.read(socket.getInputStream()).commandStatus());
            RawPdus.send(socket.getOutputStream(), RawPdus.pdu(0x00000077, 42, new byte[0]));
            RawPdus.Header nack = RawPdus.read(socket.getInputStream());
            assertEquals(SMPPConstant.CID_GENERIC_NACK, nack.commandId());
            assertEquals(SMPPConstant.STAT_ESME_RINVCMDID, nack.commandStatus());
            assertEquals(42, nack.sequenceNumber());
        }
    }

    @Test
    void enquireLinkIsAnswered() throws Exception {
        try (Socket socket = Esme.raw(smsc.port())) {
            RawPdus.send(socket.getOutputStream(), RawPdus.bind(0x09, 1, "acme", "secret"));
            assertEquals(0, RawPdus.read(socket.getInputStream()).commandStatus());
            RawPdus.send(socket.getOutputStream(), RawPdus.pdu(SMPPConstant.CID_ENQUIRE_LINK, 5, new byte[0]));
            RawPdus.Header response = RawPdus.read(socket.getInputStream());
            assertEquals(SMPPConstant.CID_ENQUIRE_LINK_RESP, response.commandId());
            assertEquals(5, response.sequenceNumber());
        }
    }

    @Test
    void theSimulatorSendsItsOwnEnquireLink() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
            assertTrue(session.enquireLink(Duration.ofSeconds(5)), "the ESME answered");
            assertEquals(1, session.pdus("enquire_link", Direction.SENT).size());
            assertEquals(1, session.pdus("enquire_link_resp", Direction.RECEIVED).size());
        }
    }

    @Test
    void periodicEnquireLinkWhenConfigured() throws Exception {
        smsc.stop();
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .enquireLinkInterval(Duration.ofMillis(100)).build().start();
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            esme.session.setEnquireLinkTimer(60_000);
            SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
            smsc.await("the SMSC sent enquire_link on an idle session", Esme.WAIT,
                    () -> !session.pdus("enquire_link_resp", Direction.RECEIVED).isEmpty());
        }
    }

    @Test
    void recordsTheBindAndTheEsmeUnbind() throws Exception {
        Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret");
        SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
        esme.close();
        smsc.awaitAllClosed("acme", Esme.WAIT);
        assertEquals("acme", session.pdus("bind_transmitter", Direction.RECEIVED).get(0).field("system_id"));
        assertEquals("SMSCSIM", session.pdus("bind_transmitter_resp", Direction.SENT).get(0).field("system_id"));
        assertTrue(session.unboundByEsme());
        assertEquals(1, session.pdus("unbind_resp", Direction.SENT).size());
        assertNotNull(session.closedAt());
    }

    private void assertBindRefused(String systemId, String password, int status) {
        assertBindRefused(systemId, password, status, BindType.BIND_TRX);
    }

    private void assertBindRefused(String systemId, String password, int status, BindType type) {
        IOException failure = assertThrows(IOException.class,
                () -> Esme.bind(smsc.port(), type, systemId, password, "", InterfaceVersion.IF_34).close());
        Throwable cause = failure.getCause();
        assertTrue(cause instanceof org.jsmpp.extra.NegativeResponseException, "bind answered negatively: " + failure);
        assertEquals(status, ((org.jsmpp.extra.NegativeResponseException) cause).getCommandStatus());
    }
}
