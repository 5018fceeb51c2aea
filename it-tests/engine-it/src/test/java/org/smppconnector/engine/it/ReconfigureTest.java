package org.smppconnector.engine.it;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindChanges;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.session.InboundHandler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings changed while the account runs: only what changed moves, and no message fails. */
class ReconfigureTest extends EngineHarness {

    @Test
    void oneMoreTransmitterTakesEffectWhileSubmitsRunAndNoneFails() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret"));
        AccountSettings one = account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(new BindGroup("", 1, 0, 0)).build();
        AccountPool pool = start(one, InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, WAIT));
        String firstSession = smsc.awaitBound("acme", WAIT).id();

        try (SubmitStream stream = new SubmitStream(pool, executor)) {
            stream.awaitAccepted(50);
            BindChanges changes = pool.reconfigure(one.toBuilder().bindGroups(new BindGroup("", 2, 0, 0)).build());
            assertEquals(new BindChanges(1, 0, 0, 0), changes);
            List<SimulatedSession> bound = smsc.awaitBound("acme", 2, WAIT);
            String secondSession = bound.stream().map(SimulatedSession::id).filter(id -> !id.equals(firstSession))
                    .findFirst().orElseThrow();
            awaitEngine("submits on the new transmitter", () -> smsc.messages("acme").stream()
                    .anyMatch(m -> m.sessionId().equals(secondSession)));
            stream.awaitAccepted(stream.accepted() + 50);
            stream.stopAndCheckNoneFailed(smsc, "acme");
        }
        assertEquals(2, pool.bindCount());
        assertEquals(1, smsc.sessions("acme").stream().filter(s -> s.id().equals(firstSession))
                .filter(s -> s.state() == SimulatedSession.State.BOUND).count(), "the first bind was not touched");
        assertEquals(0, smsc.count(Counter.UNBINDS_RECEIVED));
    }

    @Test
    void aRemovedGroupUnbindsExactlyItsBinds() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.bulkSms()).account("bulk1", "pw12345"));
        AccountSettings both = account(ProviderPreset.BULKSMS, smsc, "bulk1", "pw12345")
                .bindGroups(new BindGroup("1", 1, 1, 0), new BindGroup("2", 1, 0, 1)).build();
        AccountPool pool = start(both, InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(4, WAIT));
        List<SimulatedSession> before = smsc.awaitBound("bulk1", 4, WAIT);
        Set<String> groupOne = idsOfGroup(before, "1");
        Set<String> groupTwo = idsOfGroup(before, "2");
        assertEquals(2, groupOne.size());
        assertEquals(2, groupTwo.size());

        BindChanges changes = pool.reconfigure(both.toBuilder().bindGroups(new BindGroup("1", 1, 1, 0)).build());

        assertEquals(new BindChanges(0, 2, 0, 0), changes);
        assertEquals(2, pool.bindCount());
        smsc.await("group 2's sessions closed", WAIT, () -> smsc.sessions("bulk1").stream()
                .filter(s -> groupTwo.contains(s.id())).allMatch(s -> s.state() == SimulatedSession.State.CLOSED));
        for (SimulatedSession session : smsc.sessions("bulk1")) {
            if (groupTwo.contains(session.id())) {
                assertTrue(session.unboundByEsme(), "group 2 unbound by the engine: " + session);
            } else {
                assertTrue(groupOne.contains(session.id()), "no new session: " + session);
                assertEquals(SimulatedSession.State.BOUND, session.state(), "group 1 untouched: " + session);
                assertTrue(!session.unboundByEsme());
            }
        }
        assertEquals(4, smsc.count(Counter.BINDS_ACCEPTED));
        assertEquals(2, smsc.count(Counter.UNBINDS_RECEIVED));
    }

    @Test
    void aNewPasswordRebindsEveryBindAtTheSessionCapWhileSubmitsSucceed() throws Exception {
        // Mitto allows 4 sessions: each bind must close before its replacement binds.
        newPasswordRebindsEveryBind(SmscSimulator.builder(Profiles.mitto()), ProviderPreset.MITTO, 4);
    }

    @Test
    void aNewPasswordRebindsEveryBindNewBeforeOldWithoutACap() throws Exception {
        newPasswordRebindsEveryBind(SmscSimulator.builder(Profiles.generic()), ProviderPreset.GENERIC, 3);
    }

    private void newPasswordRebindsEveryBind(SmscSimulator.Builder builder, ProviderPreset preset, int binds)
            throws Exception {
        SmscSimulator smsc = simulator(builder.account("acme", "secret"));
        AccountSettings before = account(preset, smsc, "acme", "secret")
                .bindGroups(BindGroup.transceivers("", binds)).build();
        AccountPool pool = start(before, InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(binds, WAIT));
        Set<String> oldSessions = smsc.awaitBound("acme", binds, WAIT).stream().map(SimulatedSession::id)
                .collect(Collectors.toSet());

        try (SubmitStream stream = new SubmitStream(pool, executor)) {
            stream.awaitAccepted(50);
            smsc.addAccount(new Account("acme", "n3wpass", Set.of(BindKind.values()), 0));
            BindChanges changes = pool.reconfigure(before.toBuilder().credentials("acme", "n3wpass").build());
            assertEquals(new BindChanges(0, 0, binds, 0), changes);
            stream.awaitAccepted(stream.accepted() + 50);
            stream.stopAndCheckNoneFailed(smsc, "acme");
        }
        assertEquals(binds, pool.boundCount());
        smsc.await("the old sessions closed", WAIT, () -> smsc.sessions("acme").stream()
                .filter(s -> oldSessions.contains(s.id())).allMatch(s -> s.state() == SimulatedSession.State.CLOSED));
        assertTrue(smsc.sessions("acme").stream().filter(s -> oldSessions.contains(s.id()))
                .allMatch(SimulatedSession::unboundByEsme), "every old session unbound gracefully");
        List<SimulatedSession> bound = smsc.boundSessions("acme");
        assertEquals(binds, bound.size());
        assertTrue(bound.stream().noneMatch(s -> oldSessions.contains(s.id())), "every bind on a new session");
        assertEquals(0, smsc.count(Counter.BINDS_REFUSED), "never a bind beyond the cap, never the old password");
    }

    private static Set<String> idsOfGroup(List<SimulatedSession> sessions, String group) {
        return sessions.stream().filter(s -> s.bindGroup().equals(group)).map(SimulatedSession::id)
                .collect(Collectors.toSet());
    }
}
