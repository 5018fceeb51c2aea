package org.smppconnector.engine.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.smpp.pdu.CommandStatus;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.session.Backoff;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.ResponseTimeoutException;
import org.smppconnector.smpp.session.RetryRule;
import org.smppconnector.smpp.session.SmppSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's faults: throttling, dropped responses, server unbinds, probes under load. */
class FaultsTest extends EngineHarness {

    @Test
    void throttlingStormIsAbsorbedByTheRetryTable() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret"));
        smsc.faults().throttle(100);
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(BindGroup.transceivers("", 2))
                .retryRules(List.of(new RetryRule(CommandStatus.ESME_RTHROTTLED, "ESME_RTHROTTLED", 20,
                        Backoff.exponential(Duration.ofMillis(20), Duration.ofMillis(300)), true)))
                .build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(2, WAIT));
        int n = 300;
        List<CompletableFuture<SubmitSmResp>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add(pool.submit(submitSm("4512345678", "storm " + i)));
        }
        for (CompletableFuture<SubmitSmResp> f : sent) {
            f.get(60, TimeUnit.SECONDS);
        }
        assertTrue(smsc.count(Counter.THROTTLED) > 0, "the simulator throttled");
        assertEquals(smsc.count(Counter.THROTTLED), pool.retryTable().retries(CommandStatus.ESME_RTHROTTLED));
        assertEquals(n, smsc.count(Counter.SUBMITS_ACCEPTED));
    }

    @Test
    void droppedResponsesTimeOutAsPossiblyAcceptedAndTheBindCarriesOn() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret"));
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .responseTimeout(Duration.ofMillis(300)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, WAIT));
        smsc.faults().dropResponses(true);
        CompletableFuture<SubmitSmResp> lost = pool.submit(submitSm("4512345678", "into the void"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> lost.get(10, TimeUnit.SECONDS));
        ResponseTimeoutException timeout = assertInstanceOf(ResponseTimeoutException.class, e.getCause());
        assertTrue(timeout.mayHaveBeenAccepted());
        assertEquals(1, smsc.count(Counter.RESPONSES_DROPPED));
        smsc.faults().clear();
        pool.submit(submitSm("4512345678", "back")).get(10, TimeUnit.SECONDS);
        assertEquals(1, smsc.count(Counter.BINDS_ACCEPTED), "a timeout does not cost the bind");
    }

    @Test
    void serverUnbindIsAnsweredAndTheBindRebuilt() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret"));
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(BindGroup.transceivers("", 2)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(2, WAIT));
        // The simulator records a bind just after answering it: unbindSessions skips one it
        // does not yet count as bound, so wait for its view as well.
        smsc.awaitBound("acme", 2, WAIT);
        List<SmppSession> before = pool.boundSessions();
        smsc.unbindSessions("acme");
        // (>=: a bind rebuilt quickly may be unbound again by the same sweep, which is fine)
        awaitEngine("rebound", () -> smsc.count(Counter.BINDS_ACCEPTED) >= 4 && smsc.boundSessions("acme").size() == 2,
                () -> "(binds accepted " + smsc.count(Counter.BINDS_ACCEPTED) + ", refused " + smsc.count(Counter.BINDS_REFUSED)
                        + "; simulator sessions " + smsc.sessions("acme").stream().map(s -> s + ": " + s.closeReason()).toList()
                        + "; pool " + pool.status() + ")");
        assertTrue(pool.awaitBound(2, WAIT));
        for (SmppSession old : before) {
            assertEquals(SmppSession.CloseCause.SERVER_UNBIND, old.closeCause());
            assertTrue(pool.boundSessions().stream().noneMatch(s -> s == old));
        }
        assertTrue(smsc.count(Counter.UNBINDS_SENT) >= 2);
        pool.submit(submitSm("4512345678", "after rebind")).get(10, TimeUnit.SECONDS);
        assertNotSame(before.get(0), pool.boundSessions().get(0));
    }

    @Test
    void enquireLinkIsAnsweredUnderLoad() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret"));
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(BindGroup.transceivers("", 2)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(2, WAIT));
        Future<Integer> load = executor.submit(() -> {
            List<CompletableFuture<SubmitSmResp>> sent = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                sent.add(pool.submit(submitSm("4512345678", "load " + i)));
            }
            for (CompletableFuture<SubmitSmResp> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
            return sent.size();
        });
        smsc.awaitCount(Counter.SUBMITS_ACCEPTED, 100, WAIT);
        int probes = 0;
        while (!load.isDone() || probes < 4) {
            for (SimulatedSession session : smsc.boundSessions("acme")) {
                assertTrue(session.enquireLink(Duration.ofSeconds(5)), "enquire_link answered on " + session.id());
                probes++;
            }
        }
        assertEquals(2000, load.get(30, TimeUnit.SECONDS));
        assertEquals(2, smsc.count(Counter.BINDS_ACCEPTED));
    }
}
