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
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.BindFailedException;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.SmppException;
import org.smppconnector.smpp.transport.Connector;
import org.smppconnector.smpp.session.SmppSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** GatewayAPI's two hosts: one goes into maintenance mid-stream; every message is accounted for. */
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
                smsc.maintenance("main", Duration.ofSeconds(1));
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

        // Each reconnect starts from the bind's preferred host: once the maintenance is over, the
        // binds lost on the fallback host come back home.
        awaitEngine("the first host takes binds again", () -> canBind(main));
        pool.boundSessions().forEach(s -> s.abort(SmppSession.CloseCause.CONNECTION_LOST));
        awaitEngine("binds back on both hosts",
                () -> pool.boundCount() == 4 && boundAddresses(pool).equals(Set.of(main, second)));
    }

    private boolean canBind(SmscAddress address) {
        SmppSession probe = new SmppSession(SessionSettings.of("gw", "secret"), executor, scheduler,
                new RetryTable(List.of()), InboundHandler.REFUSE, SmppSession.Listener.NONE);
        try {
            probe.bind(Connector.plain(WAIT), address.host(), address.port());
            probe.close();
            return true;
        } catch (BindFailedException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Set<SmscAddress> boundAddresses(AccountPool pool) {
        return pool.status().stream().filter(b -> b.session() != null && b.session().state().isBound())
                .map(BindStatus::address).collect(Collectors.toSet());
    }
}
