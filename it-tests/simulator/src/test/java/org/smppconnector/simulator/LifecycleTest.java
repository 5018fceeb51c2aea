package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smppconnector.simulator.account.InvalidAccountException;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.ConditionTimeoutException;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.record.PduRecord;
import org.smppconnector.simulator.session.SimulatedSession;

/** Start, stop, free ports, accounts from a file, the PDU record and the waits. */
class LifecycleTest {

    @Test
    void portZeroPicksFreePorts() throws Exception {
        try (SmscSimulator one = SmscSimulator.builder(Profiles.generic()).build().start();
             SmscSimulator two = SmscSimulator.builder(Profiles.generic()).build().start()) {
            assertTrue(one.port() > 0);
            assertNotEquals(one.port(), two.port());
        }
    }

    @Test
    void stopUnbindsEverySessionAndLeavesNoThread() throws Exception {
        SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").build().start();
        Esme first = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret");
        Esme second = Esme.bind(smsc, BindType.BIND_RX, "acme", "secret");
        List<SimulatedSession> sessions = smsc.awaitBound("acme", 2, Esme.WAIT);
        smsc.stop();
        for (SimulatedSession session : sessions) {
            assertEquals(SimulatedSession.State.CLOSED, session.state());
            assertEquals(1, session.pdus("unbind", Direction.SENT).size(), "the SMSC unbinds before closing");
            assertEquals(1, session.pdus("unbind_resp", Direction.RECEIVED).size());
        }
        first.session.close();
        second.session.close();
        awaitNoThread();
    }

    @Test
    void theRecordShowsTheEsmeUnbindingEverySession() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").build().start()) {
            Esme a = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret");
            Esme b = Esme.bind(smsc, BindType.BIND_RX, "acme", "secret");
            a.close();
            b.close();
            smsc.awaitAllClosed("acme", Esme.WAIT);
            assertEquals(2, smsc.sessions("acme").size());
            assertTrue(smsc.sessions("acme").stream().allMatch(SimulatedSession::unboundByEsme));
        }
    }

    @Test
    void afterItsUnbindTheEsmeIsTheOneToClose() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").build().start();
             Socket socket = Esme.raw(smsc.port())) {
            RawPdus.send(socket.getOutputStream(), RawPdus.bind(SMPPConstant.CID_BIND_TRANSMITTER, 1, "acme", "secret"));
            assertEquals(0, RawPdus.read(socket.getInputStream()).commandStatus());
            RawPdus.send(socket.getOutputStream(), RawPdus.pdu(SMPPConstant.CID_UNBIND, 2, new byte[0]));
            assertEquals(SMPPConstant.CID_UNBIND_RESP, RawPdus.read(socket.getInputStream()).commandId());
            // an ESME that saw the connection end first could miss the unbind_resp
            socket.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read(),
                    "the connection stays open for the ESME to close");
            socket.setSoTimeout((int) Esme.WAIT.toMillis());
            assertEquals(-1, socket.getInputStream().read(), "until the grace is over");
            smsc.awaitAllClosed("acme", Esme.WAIT);
        }
    }

    @Test
    void pduRecordsCarryTheKeyFieldsAndTheRingKeepsTheNewest() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .pduLogCapacity(4).build().start();
             Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            String id = null;
            for (int i = 0; i < 3; i++) {
                id = esme.submit("4915100000007", "record " + i);
            }
            SimulatedSession session = smsc.awaitBound("acme", Esme.WAIT);
            List<PduRecord> kept = session.pdus();
            assertEquals(4, kept.size(), "bind, bind_resp and 6 submit PDUs: the newest 4 kept");
            PduRecord lastResponse = kept.get(3);
            assertEquals("submit_sm_resp", lastResponse.command());
            assertEquals(Direction.SENT, lastResponse.direction());
            assertEquals(id, lastResponse.field("message_id"));
            PduRecord lastSubmit = kept.get(2);
            assertEquals("4915100000007", lastSubmit.field("destination_addr"), kept.toString());
            assertEquals("record 2", lastSubmit.field("short_message"));
            assertEquals(lastSubmit.sequenceNumber(), lastResponse.sequenceNumber());
            assertTrue(smsc.count(Counter.PDUS_RECEIVED) >= 4);
        }
    }

    @Test
    void accountsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, "# test accounts\nacme, secret\n\nrx1, pw, RX, 1\n");
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).accountFile(file).build().start()) {
            assertEquals(2, smsc.accounts().size());
            Esme.bind(smsc, BindType.BIND_RX, "rx1", "pw").close();
            assertThrows(Exception.class, () -> Esme.bind(smsc, BindType.BIND_TX, "rx1", "pw").close());
        }
        Files.writeString(file, "acme, secret\nbad line without password\n");
        InvalidAccountException bad = assertThrows(InvalidAccountException.class,
                () -> SmscSimulator.builder(Profiles.generic()).accountFile(file));
        assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
    }

    @Test
    void aWaitThatTimesOutSaysWhatItWaitedFor() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder(Profiles.generic()).build().start()) {
            ConditionTimeoutException timeout = assertThrows(ConditionTimeoutException.class,
                    () -> smsc.awaitCount(Counter.MESSAGES_RECEIVED, 1, Duration.ofMillis(50)));
            assertTrue(timeout.getMessage().contains("MESSAGES_RECEIVED"));
        }
    }

    @Test
    void aTlsOnlyProfileRefusesAPlainEndpoint() {
        assertThrows(IllegalStateException.class,
                () -> SmscSimulator.builder(Profiles.mobileTextAlerts()).tls(false).build());
    }

    /** Polls, with a deadline, until no simulator or jSMPP server thread is left. */
    private static void awaitNoThread() {
        long end = System.nanoTime() + Esme.WAIT.toNanos();
        List<String> left;
        do {
            left = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey().isAlive() && e.getKey() != Thread.currentThread())
                    .filter(e -> e.getKey().getName().startsWith("smsc-sim-") || isServerThread(e.getValue()))
                    .map(e -> e.getKey().getName()).toList();
            if (left.isEmpty()) {
                return;
            }
            LockSupport.parkNanos(10_000_000);
        } while (System.nanoTime() < end);
        throw new AssertionError("threads left after stop: " + left);
    }

    private static boolean isServerThread(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.jsmpp.session.SMPPServerSession")
                    || frame.getClassName().startsWith("org.smppconnector.simulator")) {
                return true;
            }
        }
        return false;
    }
}
