package org.smppconnector.smpp.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.session.BindType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BindPlannerTest {

    private static final SmscAddress A = new SmscAddress("a.example", 2775);
    private static final SmscAddress B = new SmscAddress("b.example", 2775);
    private static final SmscAddress C = new SmscAddress("c.example", 2775);

    private static AccountSettings.Builder account(SmscAddress... hosts) {
        return AccountSettings.builder().name("acme").credentials("acme", "secret").hosts(List.of(hosts));
    }

    /** The plan's binds as they would be after it was carried out. */
    private static List<BindPlanner.Bind> after(BindPlanner.Plan plan) {
        List<BindPlanner.Bind> binds = new ArrayList<>();
        for (BindPlanner.Planned p : plan.binds()) {
            binds.add(new BindPlanner.Bind(p.index(), p.group().systemType(), p.type(), p.home()));
        }
        return binds;
    }

    private static Map<SmscAddress, Long> perHost(BindPlanner.Plan plan) {
        return plan.binds().stream().collect(Collectors.groupingBy(BindPlanner.Planned::home, Collectors.counting()));
    }

    @Test
    void aFirstPlanNumbersGroupByGroupAndAlternatesHosts() {
        BindPlanner.Plan plan = BindPlanner.plan(List.of(), account(A, B)
                .bindGroups(new BindGroup("1", 1, 1, 0), BindGroup.transceivers("2", 2)).build());
        assertEquals(List.of(0, 1, 2, 3), plan.binds().stream().map(BindPlanner.Planned::index).toList());
        assertEquals(List.of(BindType.TRANSMITTER, BindType.RECEIVER, BindType.TRANSCEIVER, BindType.TRANSCEIVER),
                plan.binds().stream().map(BindPlanner.Planned::type).toList());
        assertEquals(List.of(A, B, A, B), plan.binds().stream().map(BindPlanner.Planned::home).toList());
        assertTrue(plan.binds().stream().allMatch(BindPlanner.Planned::isNew));
        assertEquals(List.of(), plan.removed());
    }

    @Test
    void oneMoreTransmitterKeepsTheOthersAndTakesTheLeastUsedHost() {
        AccountSettings before = account(A, B).bindGroups(new BindGroup("", 1, 1, 0)).build();
        BindPlanner.Plan first = BindPlanner.plan(List.of(), before);
        BindPlanner.Plan plan = BindPlanner.plan(after(first),
                before.toBuilder().bindGroups(new BindGroup("", 2, 1, 0)).build());
        List<BindPlanner.Planned> added = plan.binds().stream().filter(BindPlanner.Planned::isNew).toList();
        assertEquals(1, added.size());
        assertEquals(2, added.get(0).index());
        assertEquals(BindType.TRANSMITTER, added.get(0).type());
        assertEquals(A, added.get(0).home());
        assertEquals(List.of(A, B), plan.binds().stream().filter(p -> !p.isNew()).map(BindPlanner.Planned::home).toList());
        assertEquals(List.of(), plan.removed());
    }

    @Test
    void aRemovedGroupClosesExactlyItsBindsAndANewOneReusesTheirNumbers() {
        AccountSettings before = account(A).bindGroups(new BindGroup("1", 1, 1, 0), new BindGroup("2", 1, 0, 1)).build();
        BindPlanner.Plan first = BindPlanner.plan(List.of(), before);
        BindPlanner.Plan plan = BindPlanner.plan(after(first),
                before.toBuilder().bindGroups(new BindGroup("1", 1, 1, 0), new BindGroup("3", 0, 1, 0)).build());
        assertEquals(List.of(2, 3), plan.removed());
        assertEquals(List.of(0, 1), plan.binds().stream().filter(p -> !p.isNew()).map(BindPlanner.Planned::index).toList());
        BindPlanner.Planned added = plan.binds().stream().filter(BindPlanner.Planned::isNew).findFirst().orElseThrow();
        assertEquals("3", added.group().systemType());
        assertEquals(2, added.index());
    }

    @Test
    void fewerBindsOfATypeCloseTheNewestOnes() {
        AccountSettings before = account(A, B).bindGroups(BindGroup.transceivers("", 4)).build();
        BindPlanner.Plan plan = BindPlanner.plan(after(BindPlanner.plan(List.of(), before)),
                before.toBuilder().bindGroups(BindGroup.transceivers("", 2)).build());
        assertEquals(List.of(2, 3), plan.removed());
        assertEquals(Map.of(A, 1L, B, 1L), perHost(plan));
    }

    @Test
    void anAddedHostTakesOnlyWhatEvensTheHostsOut() {
        AccountSettings before = account(A, B).bindGroups(BindGroup.transceivers("", 4)).build();
        BindPlanner.Plan plan = BindPlanner.plan(after(BindPlanner.plan(List.of(), before)),
                before.toBuilder().hosts(List.of(A, B, C)).build());
        assertEquals(2, perHost(plan).values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertEquals(1L, perHost(plan).get(C));
        long moved = plan.binds().stream().filter(p -> !p.home().equals(p.index() % 2 == 0 ? A : B)).count();
        assertEquals(1, moved, "one bind moves to the new host");
    }

    @Test
    void bindsOfARemovedHostGoToTheOthers() {
        AccountSettings before = account(A, B).bindGroups(BindGroup.transceivers("", 4)).build();
        BindPlanner.Plan plan = BindPlanner.plan(after(BindPlanner.plan(List.of(), before)),
                before.toBuilder().hosts(List.of(B, C)).build());
        assertEquals(Map.of(B, 2L, C, 2L), perHost(plan));
        assertEquals(List.of(B, B), plan.binds().stream().filter(p -> p.index() % 2 == 1)
                .map(BindPlanner.Planned::home).toList(), "the binds already on B stay there");
        assertTrue(plan.binds().stream().noneMatch(BindPlanner.Planned::isNew));
    }

    @Test
    void neverPlansBeyondTheSessionCap() {
        AccountSettings settings = account(A).bindGroups(BindGroup.transceivers("", 4)).sessionCap(4).build();
        BindPlanner.Plan plan = BindPlanner.plan(List.of(new BindPlanner.Bind(7, "", BindType.TRANSCEIVER, A)), settings);
        assertEquals(4, plan.binds().size());
        assertEquals(0, plan.leftOut());
        assertEquals(List.of(0, 1, 2, 7), plan.binds().stream().map(BindPlanner.Planned::index).toList());
    }
}
