package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.session.SimulatedSession;

/** Each fault mode, switched on and off while the simulator runs. */
class FaultTest {
    private SmscSimulator smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .endpoint("second", 0, false).build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void throttlingAboveTheTps() throws Exception {
        smsc.faults().throttle(1);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            int throttled = 0;
            for (int i = 0; i < 5; i++) {
                try {
                    esme.submit("4915100000001", "burst " + i);
                } catch (NegativeResponseException e) {
                    assertEquals(SMPPConstant.STAT_ESME_RTHROTTLED, e.getCommandStatus());
                    throttled++;
                }
            }
            assertTrue(throttled >= 3, "1 per second, 5 at once: at most 2 windows can pass one each");
            assertEquals(throttled, smsc.count(Counter.THROTTLED));
            smsc.faults().throttle(0);
            esme.submit("4915100000001", "after the throttle");
        }
    }

    @Test
    void queueFull() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            smsc.faults().queueFull(true);
            NegativeResponseException full = assertThrows(NegativeResponseException.class,
                    () -> esme.submit("4915100000001", "no room"));
            assertEquals(SMPPConstant.STAT_ESME_RMSGQFUL, full.getCommandStatus());
            smsc.faults().queueFull(false);
            esme.submit("4915100000001", "room again");
        }
    }

    @Test
    void slowResponsesComeLate() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
            smsc.faults().responseDelay(Duration.ofMillis(800));
            esme.session.setTransactionTimer(150);
            assertThrows(ResponseTimeoutException.class, () -> esme.submit("4915100000001", "slow"));
            smsc.await("the held response was written", Esme.WAIT,
                    () -> !session.pdus("submit_sm_resp", Direction.SENT).isEmpty());
            assertEquals(1, smsc.count(Counter.RESPONSES_DELAYED));
            smsc.faults().responseDelay(Duration.ZERO);
            esme.session.setTransactionTimer(5000);
            esme.submit("4915100000001", "fast again");
        }
    }

    @Test
    void responsesNeverSent() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
            smsc.faults().dropResponses(true);
            esme.session.setTransactionTimer(200);
            assertThrows(ResponseTimeoutException.class, () -> esme.submit("4915100000001", "lost"));
            ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
            assertTrue(message.responseDropped());
            assertEquals(DeliveryState.ENROUTE, smsc.messageState(message.messageId()).orElseThrow(), "no receipt comes");
            assertTrue(session.pdus("submit_sm_resp", Direction.SENT).isEmpty());
            assertEquals(1, smsc.count(Counter.RESPONSES_DROPPED));
            smsc.faults().dropResponses(false);
            esme.session.setTransactionTimer(5000);
            esme.submit("4915100000001", "answered");
        }
    }

    @Test
    void connectionDroppedEveryNPdus() throws Exception {
        smsc.faults().dropConnectionEvery(3);
        Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret"); // PDU 1
        esme.session.setTransactionTimer(1000);
        esme.submit("4915100000001", "second PDU");
        assertThrows(Exception.class, () -> esme.submit("4915100000001", "third PDU, dropped"));
        smsc.awaitAllClosed("acme", Esme.WAIT);
        SimulatedSession session = smsc.sessions("acme").get(0);
        assertTrue(session.closeReason().startsWith("fault"), session.closeReason());
        assertEquals(1, smsc.count(Counter.SUBMITS_ACCEPTED), "the dropped PDU was not processed");
        esme.session.close();
    }

    @Test
    void connectionDroppedOnCommand() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            smsc.awaitBound("acme", Esme.WAIT);
            smsc.dropConnections("acme");
            smsc.awaitAllClosed("acme", Esme.WAIT);
            awaitClientClosed(esme);
        }
    }

    @Test
    void serverInitiatedUnbind() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
            smsc.unbindSessions("acme");
            assertEquals(SimulatedSession.State.CLOSED, session.state());
            assertEquals(1, session.pdus("unbind", Direction.SENT).size());
            assertEquals(1, session.pdus("unbind_resp", Direction.RECEIVED).size(), "the ESME answered");
            awaitClientClosed(esme);
        }
    }

    @Test
    void bindsRefusedForAWhile() throws Exception {
        smsc.faults().refuseBindsFor(Duration.ofMillis(500));
        IOException refused = assertThrows(IOException.class,
                () -> Esme.bind(smsc, BindType.BIND_TX, "acme", "secret").close());
        assertEquals(SMPPConstant.STAT_ESME_RBINDFAIL, ((NegativeResponseException) refused.getCause()).getCommandStatus());
        Esme esme = bindWithin(smsc.port(), Duration.ofSeconds(5));
        esme.close();
    }

    @Test
    void maintenanceOfOneEndpointLeavesTheOtherUp() throws Exception {
        try (Esme onMain = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret");
             Esme onSecond = Esme.bind(smsc.endpoint("second").port(), BindType.BIND_TRX, "acme", "secret", "",
                     InterfaceVersion.IF_34)) {
            smsc.awaitBound("acme", 2, Esme.WAIT);
            smsc.maintenance("second", Duration.ofMillis(400));
            awaitClientClosed(onSecond);
            assertEquals(SessionState.BOUND_TRX, onMain.session.getSessionState());
            assertThrows(IOException.class, () -> Esme.bind(smsc.endpoint("second").port(), BindType.BIND_TRX,
                    "acme", "secret", "", InterfaceVersion.IF_34).close());
            Esme.bind(smsc, BindType.BIND_TX, "acme", "secret").close();
            bindWithin(smsc.endpoint("second").port(), Duration.ofSeconds(5)).close();
        }
    }

    /** Binds, retrying while refused, until the deadline. */
    private static Esme bindWithin(int port, Duration deadline) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            try {
                return Esme.bind(port, BindType.BIND_TX, "acme", "secret", "", InterfaceVersion.IF_34);
            } catch (IOException e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                LockSupport.parkNanos(50_000_000);
            }
        }
    }

    private static void awaitClientClosed(Esme esme) {
        long end = System.nanoTime() + Esme.WAIT.toNanos();
        while (esme.session.getSessionState().isBound()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the ESME still thinks it is bound");
            }
            LockSupport.parkNanos(10_000_000);
        }
    }
}
