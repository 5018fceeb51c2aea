package org.smppconnector.engine.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.BindStatus;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.SmppException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * GatewayAPI's two hosts: one goes into maintenance mid-stream; its binds retry it, fall over to
 * the other host, and come back by themselves once it is up; every message is accounted for.
 */
class FailoverTest extends EngineHarness {

    @Test
    void maintenanceOnOneHostMovesItsBindsAndLosesNoMessageSilently() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.gatewayApi()).account("gw", "secret")
                .endpoint("second", 0, false));
        SmscAddress main = new SmscAddress("127.0.0.1", smsc.endpoint("main").port());
        SmscAddress second = new SmscAddress("127.0.0.1", smsc.endpoint("second").port());
        AccountPool pool = start(account(ProviderPreset.GATEWAYAPI, smsc, "gw", "secret").hosts(List.of(main, second))
                .bindGroups(BindGroup.transceivers("", 4)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(4, WAIT));
        assertEquals(Set.of(main, second), boundAddresses(pool));

        int n = 1000;
        List<CompletableFuture<SubmitSmResp>> sent = new ArrayList<>();
        ConcurrentHashMap<Integer, Throwable> refused = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            if (i == n / 4) {
                smsc.maintenance("main", Duration.ofMinutes(1)); // until endMaintenance below
            }
            try {
                sent.add(pool.submit(submitSm("4512345678", "msg " + i)));
            } catch (SmppException e) {
                refused.put(i, e);
                sent.add(CompletableFuture.failedFuture(e));
            }
            if (i == n / 2) {
                awaitEngine("binds moved to the second host",
                        () -> pool.boundCount() == 4 && boundAddresses(pool).equals(Set.of(second)));
            }
        }
        Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
        int failed = 0;
        for (CompletableFuture<SubmitSmResp> f : sent) {
            try {
                acceptedIds.add(f.get(20, TimeUnit.SECONDS).getMessageId());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof SmppException)) {
                    fail("an unclear failure: " + e.getCause());
                }
                failed++;
            }
        }
        assertEquals(n, acceptedIds.size() + failed, "every message accepted or failed");
        assertTrue(acceptedIds.size() > n / 2, "most messages accepted: " + acceptedIds.size());
        Set<String> arrived = smsc.messages("gw").stream().map(ReceivedMessage::messageId).collect(Collectors.toSet());
        assertTrue(arrived.containsAll(acceptedIds), "every accepted message reached the SMSC");

        // Before falling over, each lost bind tried its own host again under the reconnect schedule.
        long refusedOnMain = smsc.sessions().stream().filter(s -> s.endpoint().name().equals("main"))
                .flatMap(s -> s.pdus("bind_transceiver_resp", Direction.SENT).stream())
                .filter(resp -> resp.commandStatus() != 0).count();
        assertTrue(refusedOnMain >= 2L * 2, "two binds, two attempts each on the host in maintenance: " + refusedOnMain);

        // The maintenance ends: the binds that fell over come home by themselves, none is lost.
        long dropsBefore = smsc.count(Counter.CONNECTIONS_DROPPED);
        smsc.endMaintenance("main");
        awaitEngine("two binds back on each host",
                () -> pool.boundCount() == 4 && pool.boundSessions().stream()
                        .filter(s -> s.target().equals(main.toString())).count() == 2,
                () -> pool.status().toString());
        assertEquals(Set.of(main, second), boundAddresses(pool));
        smsc.await("the fallen-over sessions on the second host unbound gracefully", WAIT,
                () -> smsc.sessions("gw").stream().filter(s -> s.endpoint().name().equals("second"))
                        .filter(s -> s.state() == SimulatedSession.State.CLOSED).count() == 2);
        assertTrue(smsc.sessions("gw").stream().filter(s -> s.endpoint().name().equals("second"))
                .filter(s -> s.state() == SimulatedSession.State.CLOSED).allMatch(SimulatedSession::unboundByEsme));
        assertEquals(dropsBefore, smsc.count(Counter.CONNECTIONS_DROPPED), "no bind was dropped to move it");
        pool.submit(submitSm("4512345678", "after the move")).get(10, TimeUnit.SECONDS);
    }

    private static Set<SmscAddress> boundAddresses(AccountPool pool) {
        return pool.status().stream().filter(b -> b.session() != null && b.session().state().isBound())
                .map(BindStatus::address).collect(Collectors.toSet());
    }
}
