package org.smppconnector.engine.it;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.session.InboundHandler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool opens exactly the configured binds, never beyond the provider's session cap. */
class BindCapsTest extends EngineHarness {

    @Test
    void mittoGetsItsFourBindsAndNotAFifth() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.mitto()).account("acme", "secret"));
        assertThrows(InvalidSettingException.class, () -> account(ProviderPreset.MITTO, smsc, "acme", "secret")
                .bindGroups(BindGroup.transceivers("", 5)).build());

        AccountPool pool = start(account(ProviderPreset.MITTO, smsc, "acme", "secret")
                .bindGroups(BindGroup.transceivers("", 4)).build(), InboundHandler.REFUSE);
        smsc.awaitBound("acme", 4, WAIT);
        assertTrue(pool.awaitBound(4, WAIT));
        assertEquals(4, pool.bindCount());

        // Every bind lost at once and rebuilt: still four, none refused for the cap.
        smsc.dropConnections("acme");
        awaitEngine("four binds again", () -> smsc.boundSessions("acme").size() == 4
                && smsc.count(Counter.BINDS_ACCEPTED) >= 8);
        assertTrue(pool.awaitBound(4, WAIT));
        assertEquals(0, smsc.count(Counter.BINDS_REFUSED));
        assertEquals(4, smsc.boundSessions("acme").size());
    }

    @Test
    void bulkSmsTenBindsInTheirGroups() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.bulkSms()).account("bulk1", "pw12345"));
        AccountPool pool = start(account(ProviderPreset.BULKSMS, smsc, "bulk1", "pw12345")
                .bindGroups(new BindGroup("1", 2, 3, 0), new BindGroup("2", 1, 1, 3)).build(), InboundHandler.REFUSE);
        List<SimulatedSession> bound = smsc.awaitBound("bulk1", 10, WAIT);
        assertTrue(pool.awaitBound(10, WAIT));
        assertEquals(0, smsc.count(Counter.BINDS_REFUSED));
        assertEquals(Set.of("1", "2"), bound.stream().map(SimulatedSession::bindGroup).collect(Collectors.toSet()));
        assertEquals(5, bound.stream().filter(s -> s.bindGroup().equals("1")).count());
    }

    @Test
    void smppFiveBindRecordsTheSmscVersion() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.sureM()).account("surem", "pw"));
        AccountPool pool = start(account(ProviderPreset.SUREM, smsc, "surem", "pw").build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, WAIT));
        assertEquals(0x50, smsc.awaitBound("surem", WAIT).interfaceVersion());
        int version = pool.status().get(0).session().scInterfaceVersion();
        assertTrue(version == 0x50 || version == 0x34, "sc_interface_version recorded: " + version);
        pool.stop();
        smsc.awaitAllClosed("surem", WAIT);
        assertTrue(smsc.sessions("surem").stream().allMatch(SimulatedSession::unboundByEsme), "stop() unbinds");
    }
}
