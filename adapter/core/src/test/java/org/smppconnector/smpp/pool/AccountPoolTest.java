package org.smppconnector.smpp.pool;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.BindReceiver;
import org.smppconnector.smpp.pdu.BindTransmitter;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.DeliverSmResp;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Unbind;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.LoopbackSmsc;
import org.smppconnector.smpp.session.NoBindAvailableException;
import org.smppconnector.smpp.session.ReconnectPolicy;
import org.smppconnector.smpp.session.SessionClosedException;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.session.time.ExecutorScheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class AccountPoolTest {

    private LoopbackSmsc hostA;
    private LoopbackSmsc hostB;
    private ExecutorService executor;
    private ScheduledExecutorService timer;
    private AccountPool pool;

    @BeforeEach
    void setUp() throws Exception {
        hostA = new LoopbackSmsc();
        hostB = new LoopbackSmsc();
        executor = Executors.newCachedThreadPool();
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (pool != null) {
            pool.stop();
        }
        hostA.close();
        hostB.close();
        executor.shutdownNow();
        timer.shutdownNow();
    }

    private AccountSettings.Builder account() {
        return AccountSettings.builder().name("acme").credentials("acme", "secret")
                .host(hostA.host(), hostA.port()).host(hostB.host(), hostB.port())
                .reconnect(ReconnectPolicy.fixed(Duration.ofMillis(20)))
                .windowWait(Duration.ofMillis(300));
    }

    private AccountPool start(AccountSettings settings, InboundHandler handler) {
        pool = new AccountPool(settings, executor, new ExecutorScheduler(timer), handler);
        pool.start();
        return pool;
    }

    private static SubmitSm submitSm() {
        SubmitSm sm = new SubmitSm();
        sm.setDestinationAddr("4512345678");
        return sm;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("timed out waiting for: " + what);
            }
            Thread.sleep(1); // poll interval
        }
    }

    private Map<String, Long> bindsPerHost() {
        return pool.status().stream().filter(b -> b.session() != null && b.session().state().isBound())
                .collect(Collectors.groupingBy(b -> b.address().toString(), Collectors.counting()));
    }

    @Test
    void opensEveryBindOfEveryGroupSpreadOverTheHosts() throws Exception {
        start(account().bindGroups(new BindGroup("1", 1, 1, 0), BindGroup.transceivers("2", 2)).build(),
                InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(4, Duration.ofSeconds(10)));
        assertEquals(Map.of(hostA.host() + ":" + hostA.port(), 2L, hostB.host() + ":" + hostB.port(), 2L), bindsPerHost());
        List<BindStatus> status = pool.status();
        assertEquals(List.of(BindType.TRANSMITTER, BindType.RECEIVER, BindType.TRANSCEIVER, BindType.TRANSCEIVER),
                status.stream().map(BindStatus::bindType).collect(Collectors.toList()));
        assertEquals(List.of("1", "1", "2", "2"), status.stream().map(BindStatus::systemType).collect(Collectors.toList()));
        assertEquals("1", hostA.await(BindTransmitter.class).getSystemType());
        assertEquals("1", hostB.await(BindReceiver.class).getSystemType());
    }

    @Test
    void neverOpensMoreThanTheSessionCap() throws Exception {
        start(account().bindGroups(BindGroup.transceivers("", 4)).sessionCap(4).build(), InboundHandler.REFUSE);
        assertEquals(4, pool.bindCount());
        assertTrue(pool.awaitBound(4, Duration.ofSeconds(10)));
        assertEquals(4, hostA.openConnections() + hostB.openConnections());
    }

    @Test
    void submitsGoToBoundTransmittersOnBothHosts() throws Exception {
        start(account().bindGroups(BindGroup.transceivers("", 2)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(2, Duration.ofSeconds(10)));
        for (int i = 0; i < 20; i++) {
            assertNotNull(pool.submit(submitSm()).get(10, TimeUnit.SECONDS).getMessageId());
        }
        hostA.await(SubmitSm.class);
        hostB.await(SubmitSm.class);
    }

    @Test
    void bindsOfAHostThatIsDownComeUpOnTheOtherAndMoveBack() throws Exception {
        hostA.accepting(false);
        start(account().bindGroups(BindGroup.transceivers("", 2)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(2, Duration.ofSeconds(10)));
        assertEquals(Map.of(hostB.host() + ":" + hostB.port(), 2L), bindsPerHost());
        pool.submit(submitSm()).get(10, TimeUnit.SECONDS);

        hostA.accepting(true);
        hostB.dropConnections();
        await("the preferred host's bind back on host A", () -> bindsPerHost().getOrDefault(
                hostA.host() + ":" + hostA.port(), 0L) == 1L && pool.boundCount() == 2);
    }

    @Test
    void rebindsAfterTheSmscUnbinds() throws Exception {
        start(account().bindGroups(BindGroup.transceivers("", 1)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, Duration.ofSeconds(10)));
        SmppSession first = pool.boundSessions().get(0);
        Unbind unbind = new Unbind();
        unbind.setSequenceNumber(1);
        hostA.send(unbind);
        await("a new session bound", () -> pool.status().get(0).bindsMade() == 2 && pool.boundCount() == 1);
        assertTrue(pool.boundSessions().get(0) != first);
        assertEquals(SmppSession.CloseCause.SERVER_UNBIND, first.closeCause());
        pool.submit(submitSm()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void noBindAvailableAfterTheBoundedWait() throws Exception {
        hostA.accepting(false);
        hostB.accepting(false);
        start(account().bindGroups(BindGroup.transceivers("", 1)).build(), InboundHandler.REFUSE);
        assertThrows(NoBindAvailableException.class, () -> pool.submit(submitSm()));
    }

    @Test
    void inboundFromEveryReceivingBindReachesTheOneHandlerWithItsBind() throws Exception {
        LinkedBlockingQueue<String> seen = new LinkedBlockingQueue<>();
        start(account().bindGroups(new BindGroup("7", 0, 2, 0)).build(), (session, pdu) -> {
            seen.add(session.settings().systemType() + "@" + session.target());
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
        assertTrue(pool.awaitBound(2, Duration.ofSeconds(10)));
        for (LoopbackSmsc host : List.of(hostA, hostB)) {
            DeliverSm receipt = new DeliverSm();
            receipt.setSequenceNumber(3);
            host.send(receipt);
            Pdu ack = host.await(DeliverSmResp.class);
            assertEquals(0, ack.getCommandStatus());
            assertEquals("7@" + host.host() + ":" + host.port(), seen.poll(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void stopUnbindsEveryBindAndRefusesRequests() throws Exception {
        start(account().bindGroups(BindGroup.transceivers("", 2)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(2, Duration.ofSeconds(10)));
        pool.stop();
        hostA.await(Unbind.class);
        hostB.await(Unbind.class);
        assertEquals(0, pool.boundCount());
        assertThrows(SessionClosedException.class, () -> pool.submit(submitSm()));
        await("connections closed", () -> hostA.openConnections() + hostB.openConnections() == 0);
        pool = null;
    }

    @Test
    void tpsLimitHoldsRequestsBackForTheBoundedWait() throws Exception {
        start(account().bindGroups(BindGroup.transceivers("", 1)).tpsLimit(1).windowWait(Duration.ofMillis(100)).build(),
                InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, Duration.ofSeconds(10)));
        pool.submit(submitSm()).get(10, TimeUnit.SECONDS);
        assertThrows(org.smppconnector.smpp.session.TpsLimitException.class, () -> pool.submit(submitSm()));
    }

    @Test
    void otherRequestsGoThroughSendAndTextsAreSplit() throws Exception {
        start(account().bindGroups(BindGroup.transceivers("", 1)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, Duration.ofSeconds(10)));
        org.smppconnector.smpp.pdu.QuerySm query = new org.smppconnector.smpp.pdu.QuerySm();
        query.setMessageId("m1");
        assertEquals(0, pool.send(query).get(10, TimeUnit.SECONDS).getCommandStatus());

        SubmitSm template = submitSm();
        template.setRegisteredDelivery(1);
        List<String> ids = pool.submitText(template, "x".repeat(200),
                org.smppconnector.smpp.text.EncodingPolicy.defaults()).get(10, TimeUnit.SECONDS);
        assertEquals(2, ids.size());
        for (LoopbackSmsc host : List.of(hostA)) {
            SubmitSm first = host.await(SubmitSm.class);
            SubmitSm second = host.await(SubmitSm.class);
            assertEquals(0x40, first.getEsmClass() & 0x40, "UDH indicator");
            assertEquals(1, second.getRegisteredDelivery(), "the template's envelope on every part");
            assertEquals("4512345678", second.getDestinationAddr());
            assertEquals(153 + 6, first.getShortMessage().length);
        }
    }

    private AccountSettings.Builder oneHost() {
        return account().hosts(List.of(new SmscAddress(hostA.host(), hostA.port())));
    }

    @Test
    void reconfigureAppliesWindowTimeoutsAndTpsInPlaceWithoutRebinding() throws Exception {
        AccountSettings before = oneHost().bindGroups(BindGroup.transceivers("", 1)).windowSize(10).build();
        start(before, InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, Duration.ofSeconds(10)));

        BindChanges changes = pool.reconfigure(before.toBuilder().windowSize(3).responseTimeout(Duration.ofSeconds(3))
                .tpsLimit(1).windowWait(Duration.ofMillis(100)).build());

        assertEquals(new BindChanges(0, 0, 0, 1), changes);
        BindStatus bind = pool.status().get(0);
        assertEquals(3, bind.session().windowLimit());
        assertEquals(1, bind.bindsMade(), "no rebind");
        assertEquals(Duration.ofSeconds(3), pool.boundSessions().get(0).settings().responseTimeout());
        assertEquals(1, hostA.openConnections());
        pool.submit(submitSm()).get(10, TimeUnit.SECONDS);
        assertThrows(org.smppconnector.smpp.session.TpsLimitException.class, () -> pool.submit(submitSm()),
                "the new TPS limit holds");
    }

    @Test
    void aNewPasswordTheSmscRefusesLeavesTheBindRunningAndIsTriedAgain() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean smscKnowsNewPassword = new java.util.concurrent.atomic.AtomicBoolean();
        hostA.responder = pdu -> pdu instanceof org.smppconnector.smpp.pdu.BaseBind
                && ((org.smppconnector.smpp.pdu.BaseBind<?>) pdu).getPassword().equals("n3w") && !smscKnowsNewPassword.get()
                ? ((org.smppconnector.smpp.pdu.BaseBind<?>) pdu).createResponse(org.smppconnector.smpp.pdu.CommandStatus.ESME_RINVPASWD)
                : hostA.standardAnswer(pdu);
        AccountSettings before = oneHost().bindGroups(BindGroup.transceivers("", 1)).build();
        start(before, InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, Duration.ofSeconds(10)));
        SmppSession first = pool.boundSessions().get(0);

        BindChanges changes = pool.reconfigure(before.toBuilder().credentials("acme", "n3w").build());

        assertEquals(new BindChanges(0, 0, 0, 0), changes);
        assertTrue(first.isBound(), "the bind with the old password stays up");
        assertTrue(pool.status().get(0).lastProblem().contains("stays as it was"), pool.status().get(0).lastProblem());
        pool.submit(submitSm()).get(10, TimeUnit.SECONDS);

        smscKnowsNewPassword.set(true);
        await("rebound with the new password", () -> pool.status().get(0).bindsMade() == 2 && pool.boundCount() == 1);
        assertEquals("n3w", pool.boundSessions().get(0).settings().password());
        await("the old session closed", () -> first.state() == SmppSession.State.CLOSED);
        assertEquals(SmppSession.CloseCause.LOCAL, first.closeCause());
    }

    @Test
    void reconfigureRefusesAnotherAccountsSettings() {
        AccountSettings settings = oneHost().build();
        pool = new AccountPool(settings, executor, new ExecutorScheduler(timer), InboundHandler.REFUSE);
        assertThrows(IllegalArgumentException.class, () -> pool.reconfigure(settings.toBuilder().name("other").build()));
        pool = null;
    }
}
