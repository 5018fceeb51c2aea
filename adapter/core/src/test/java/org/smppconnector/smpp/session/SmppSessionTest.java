package org.smppconnector.smpp.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.BaseBind;
import org.smppconnector.smpp.pdu.BindTransceiver;
import org.smppconnector.smpp.pdu.CommandStatus;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.DeliverSmResp;
import org.smppconnector.smpp.pdu.EnquireLink;
import org.smppconnector.smpp.pdu.EnquireLinkResp;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pdu.Unbind;
import org.smppconnector.smpp.pdu.UnbindResp;
import org.smppconnector.smpp.session.time.ExecutorScheduler;
import org.smppconnector.smpp.session.time.ManualScheduler;
import org.smppconnector.smpp.session.time.Scheduler;
import org.smppconnector.smpp.transport.Connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmppSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final RetryTable FAST_RETRIES = new RetryTable(List.of(
            new RetryRule(CommandStatus.ESME_RTHROTTLED, "ESME_RTHROTTLED", 2, Backoff.fixed(Duration.ofMillis(20)), true)));

    private LoopbackSmsc smsc;
    private ExecutorService executor;
    private ScheduledExecutorService timer;
    private Scheduler scheduler;
    private final LinkedBlockingQueue<SmppSession.CloseCause> closes = new LinkedBlockingQueue<>();
    private final SmppSession.Listener listener = (session, cause, reason) -> closes.add(cause);

    @BeforeEach
    void setUp() throws Exception {
        smsc = new LoopbackSmsc();
        executor = Executors.newCachedThreadPool();
        timer = Executors.newSingleThreadScheduledExecutor();
        scheduler = new ExecutorScheduler(timer);
    }

    @AfterEach
    void tearDown() throws Exception {
        smsc.close();
        executor.shutdownNow();
        timer.shutdownNow();
    }

    private SessionSettings settings() {
        return SessionSettings.of("user", "secret").withResponseTimeout(Duration.ofSeconds(5))
                .withCloseTimeout(Duration.ofSeconds(2));
    }

    private SmppSession bound(SessionSettings settings, Scheduler sched, InboundHandler handler) throws Exception {
        SmppSession session = new SmppSession(settings, executor, sched, FAST_RETRIES, handler, listener);
        session.bind(Connector.plain(WAIT), smsc.host(), smsc.port());
        return session;
    }

    private SmppSession bound() throws Exception {
        return bound(settings(), scheduler, InboundHandler.REFUSE);
    }

    private static SubmitSm submitSm() {
        SubmitSm sm = new SubmitSm();
        sm.setDestinationAddr("4512345678");
        sm.setShortMessage(new byte[] {'h', 'i'});
        return sm;
    }

    private static Throwable failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void bindsWithSystemTypeAndVersionAndRecordsTheSmscsVersion() throws Exception {
        SmppSession session = bound(settings().withSystemType("2").withInterfaceVersion(BaseBind.VERSION_5_0),
                scheduler, InboundHandler.REFUSE);
        BindTransceiver bind = smsc.await(BindTransceiver.class);
        assertEquals("user", bind.getSystemId());
        assertEquals("secret", bind.getPassword());
        assertEquals("2", bind.getSystemType());
        assertEquals(0x50, bind.getInterfaceVersion());
        assertEquals(SmppSession.State.BOUND_TRX, session.state());
        assertEquals(0x34, session.scInterfaceVersion());
        assertEquals("LOOP", session.smscSystemId());
    }

    @Test
    void refusedBindFailsWithTheStatusAndClosesTheSession() throws Exception {
        smsc.responder = pdu -> pdu instanceof BaseBind
                ? ((BaseBind<?>) pdu).createResponse(CommandStatus.ESME_RINVPASWD) : smsc.standardAnswer(pdu);
        SmppSession session = new SmppSession(settings(), executor, scheduler, FAST_RETRIES, InboundHandler.REFUSE,
                listener);
        BindFailedException e = assertThrows(BindFailedException.class,
                () -> session.bind(Connector.plain(WAIT), smsc.host(), smsc.port()));
        assertEquals(CommandStatus.ESME_RINVPASWD, e.commandStatus().getAsInt());
        assertFalse(e.isRetriable());
        session.closedFuture().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals(SmppSession.State.CLOSED, session.state());
        assertTrue(closes.isEmpty(), "a session that never bound is not reported as lost");
    }

    @Test
    void connectFailureIsABindFailure() throws Exception {
        int port = smsc.port();
        smsc.close();
        SmppSession session = new SmppSession(settings(), executor, scheduler, FAST_RETRIES, InboundHandler.REFUSE,
                listener);
        BindFailedException e = assertThrows(BindFailedException.class,
                () -> session.bind(Connector.plain(WAIT), "127.0.0.1", port));
        assertTrue(e.isRetriable());
        assertEquals(SmppSession.State.CLOSED, session.state());
    }

    @Test
    void submitCompletesWithTheSmscsResponse() throws Exception {
        SmppSession session = bound();
        SubmitSmResp resp = session.submit(submitSm()).get(10, TimeUnit.SECONDS);
        SubmitSm seen = smsc.await(SubmitSm.class);
        assertEquals(seen.getSequenceNumber(), resp.getSequenceNumber());
        assertTrue(resp.getMessageId().startsWith("m"));
        assertEquals(1, session.status().responsesOk());
    }

    @Test
    void errorStatusFailsTheRequestWithoutRetry() throws Exception {
        smsc.responder = pdu -> pdu instanceof SubmitSm
                ? ((SubmitSm) pdu).createResponse(CommandStatus.ESME_RINVDSTADR) : smsc.standardAnswer(pdu);
        SmppSession session = bound();
        CommandStatusException e = assertInstanceOf(CommandStatusException.class, failure(session.submit(submitSm())));
        assertEquals(CommandStatus.ESME_RINVDSTADR, e.statusCode());
        assertEquals("submit_sm", e.command());
        assertFalse(e.isRetriable());
        assertEquals(0, session.status().retries());
        Throwable seenByCallback = session.submit(submitSm()).handle((r, t) -> t).get(10, TimeUnit.SECONDS);
        assertInstanceOf(CommandStatusException.class, seenByCallback, "callbacks get the failure itself");
    }

    @Test
    void throttledRequestIsRetriedWithTheSameSequenceNumberUntilAccepted() throws Exception {
        AtomicInteger refusals = new AtomicInteger(2);
        smsc.responder = pdu -> pdu instanceof SubmitSm && refusals.getAndDecrement() > 0
                ? ((SubmitSm) pdu).createResponse(CommandStatus.ESME_RTHROTTLED) : smsc.standardAnswer(pdu);
        SmppSession session = bound();
        SubmitSmResp resp = session.submit(submitSm()).get(10, TimeUnit.SECONDS);
        int seq = smsc.await(SubmitSm.class).getSequenceNumber();
        assertEquals(seq, smsc.await(SubmitSm.class).getSequenceNumber());
        assertEquals(seq, smsc.await(SubmitSm.class).getSequenceNumber());
        assertEquals(seq, resp.getSequenceNumber());
        assertEquals(2, session.status().retries());
    }

    @Test
    void throttlingBeyondTheRetriesFailsWithThrottledException() throws Exception {
        smsc.responder = pdu -> pdu instanceof SubmitSm
                ? ((SubmitSm) pdu).createResponse(CommandStatus.ESME_RTHROTTLED) : smsc.standardAnswer(pdu);
        SmppSession session = bound();
        ThrottledException e = assertInstanceOf(ThrottledException.class, failure(session.submit(submitSm())));
        assertEquals(3, e.attempts());
        assertTrue(e.isRetriable());
        assertFalse(e.mayHaveBeenAccepted());
    }

    @Test
    void unansweredRequestTimesOutAsWritten() throws Exception {
        smsc.responder = pdu -> pdu instanceof SubmitSm ? null : smsc.standardAnswer(pdu);
        SmppSession session = bound(settings().withResponseTimeout(Duration.ofMillis(200)), scheduler,
                InboundHandler.REFUSE);
        ResponseTimeoutException e = assertInstanceOf(ResponseTimeoutException.class,
                failure(session.submit(submitSm())));
        assertTrue(e.wasWritten());
        assertTrue(e.mayHaveBeenAccepted());
        assertEquals(session.settings().windowSize(), session.freeSlots(), "the slot is free again");
    }

    @Test
    void fullWindowMakesTheCallerWaitThenFail() throws Exception {
        smsc.responder = pdu -> pdu instanceof SubmitSm ? null : smsc.standardAnswer(pdu);
        SmppSession session = bound(settings().withWindow(2, Duration.ofMillis(50)), scheduler, InboundHandler.REFUSE);
        session.submit(submitSm());
        session.submit(submitSm());
        assertThrows(WindowFullException.class, () -> session.submit(submitSm()));
        assertEquals(2, session.status().windowInUse());
    }

    @Test
    void congestionStateShrinksTheWindow() throws Exception {
        smsc.responder = pdu -> {
            Pdu answer = smsc.standardAnswer(pdu);
            if (answer instanceof SubmitSmResp) {
                answer.getTlvs().putInt(Tag.CONGESTION_STATE, 100);
            }
            return answer;
        };
        SmppSession session = bound();
        session.submit(submitSm()).get(10, TimeUnit.SECONDS);
        assertEquals(1, session.status().windowLimit());
    }

    @Test
    void deliverSmIsAcknowledgedOnlyOnceTheHandlerCompleted() throws Exception {
        LinkedBlockingQueue<CompletableFuture<Void>> pending = new LinkedBlockingQueue<>();
        SmppSession session = bound(settings(), scheduler, (s, pdu) -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            pending.add(done);
            return done;
        });
        DeliverSm mo = new DeliverSm();
        mo.setSequenceNumber(77);
        smsc.send(mo);
        CompletableFuture<Void> first = pending.poll(10, TimeUnit.SECONDS);
        assertFalse(smsc.hasReceived(DeliverSmResp.class), "no ack while the handler works");
        first.complete(null);
        DeliverSmResp ok = smsc.await(DeliverSmResp.class);
        assertEquals(77, ok.getSequenceNumber());
        assertEquals(CommandStatus.ESME_ROK, ok.getCommandStatus());

        DeliverSm again = new DeliverSm();
        again.setSequenceNumber(78);
        smsc.send(again);
        pending.poll(10, TimeUnit.SECONDS).completeExceptionally(new IllegalStateException("store down"));
        DeliverSmResp refused = smsc.await(DeliverSmResp.class);
        assertEquals(78, refused.getSequenceNumber());
        assertEquals(CommandStatus.ESME_RX_T_APPN, refused.getCommandStatus());
        assertEquals(1, session.status().inboundRefused());
    }

    @Test
    void handlerThatThrowsRefusesTemporarily() throws Exception {
        bound(settings(), scheduler, (s, pdu) -> {
            throw new IllegalStateException("boom");
        });
        DeliverSm mo = new DeliverSm();
        mo.setSequenceNumber(5);
        smsc.send(mo);
        assertEquals(CommandStatus.ESME_RX_T_APPN, smsc.await(DeliverSmResp.class).getCommandStatus());
    }

    @Test
    void answersTheSmscsEnquireLink() throws Exception {
        bound();
        EnquireLink probe = new EnquireLink();
        probe.setSequenceNumber(4242);
        smsc.send(probe);
        assertEquals(4242, smsc.await(EnquireLinkResp.class).getSequenceNumber());
    }

    @Test
    void sendsEnquireLinkWhenIdleAndClosesWhenItGoesUnanswered() throws Exception {
        ManualScheduler manual = new ManualScheduler();
        SessionSettings settings = settings().withKeepalive(
                KeepaliveSettings.every(Duration.ofSeconds(30)).withResponseTimeout(Duration.ofSeconds(10)));
        SmppSession session = bound(settings, manual, InboundHandler.REFUSE);
        manual.advance(Duration.ofSeconds(30));
        smsc.await(EnquireLink.class);
        // Answered: still bound; next, stop answering.
        smsc.responder = pdu -> pdu instanceof EnquireLink ? null : smsc.standardAnswer(pdu);
        long answered = awaitAnswered(session);
        assertTrue(answered != 0);
        manual.advance(Duration.ofSeconds(30));
        smsc.await(EnquireLink.class);
        manual.advance(Duration.ofSeconds(10));
        assertEquals(SmppSession.CloseCause.LINK_DEAD, closes.poll(10, TimeUnit.SECONDS));
        assertEquals(SmppSession.State.CLOSED, session.state());
    }

    private static long awaitAnswered(SmppSession session) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (session.status().lastEnquireLinkAnsweredNanos() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1); // poll interval
        }
        return session.status().lastEnquireLinkAnsweredNanos();
    }

    @Test
    void serverUnbindIsAnsweredAndFailsRequestsInFlightAsPossiblyAccepted() throws Exception {
        smsc.responder = pdu -> pdu instanceof SubmitSm ? null : smsc.standardAnswer(pdu);
        SmppSession session = bound();
        CompletableFuture<SubmitSmResp> inFlight = session.submit(submitSm());
        smsc.await(SubmitSm.class);
        Unbind unbind = new Unbind();
        unbind.setSequenceNumber(900);
        smsc.send(unbind);
        assertEquals(900, smsc.await(UnbindResp.class).getSequenceNumber());
        assertEquals(SmppSession.CloseCause.SERVER_UNBIND, closes.poll(10, TimeUnit.SECONDS));
        ConnectionLostException e = assertInstanceOf(ConnectionLostException.class, failure(inFlight));
        assertTrue(e.mayHaveBeenAccepted());
        assertEquals(SmppSession.State.CLOSED, session.state());
        assertThrows(SessionClosedException.class, () -> session.submit(submitSm()));
    }

    @Test
    void connectionLossIsReported() throws Exception {
        SmppSession session = bound();
        smsc.dropConnections();
        assertEquals(SmppSession.CloseCause.CONNECTION_LOST, closes.poll(10, TimeUnit.SECONDS));
        assertEquals(SmppSession.CloseCause.CONNECTION_LOST, session.closeCause());
    }

    @Test
    void gracefulCloseWaitsForResponsesThenUnbinds() throws Exception {
        LinkedBlockingQueue<SubmitSm> held = new LinkedBlockingQueue<>();
        smsc.responder = pdu -> {
            if (pdu instanceof SubmitSm) {
                held.add((SubmitSm) pdu);
                return null;
            }
            return smsc.standardAnswer(pdu);
        };
        SmppSession session = bound();
        CompletableFuture<SubmitSmResp> inFlight = session.submit(submitSm());
        SubmitSm seen = held.poll(10, TimeUnit.SECONDS);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            try {
                session.close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, executor);
        awaitState(session, SmppSession.State.UNBINDING);
        assertThrows(SessionClosedException.class, () -> session.submit(submitSm()));
        smsc.awaitOpenConnection().write(seen.createResponse());
        assertEquals(seen.getSequenceNumber(), inFlight.get(10, TimeUnit.SECONDS).getSequenceNumber());
        smsc.await(Unbind.class);
        closing.get(10, TimeUnit.SECONDS);
        assertEquals(SmppSession.State.CLOSED, session.state());
        assertEquals(SmppSession.CloseCause.LOCAL, closes.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aSenderWaitingForTheWindowWhenCloseBeginsSendsNothing() throws Exception {
        LinkedBlockingQueue<SubmitSm> held = new LinkedBlockingQueue<>();
        smsc.responder = pdu -> {
            if (pdu instanceof SubmitSm) {
                held.add((SubmitSm) pdu);
                return null;
            }
            return smsc.standardAnswer(pdu);
        };
        SmppSession session = bound(settings().withWindow(1, Duration.ofSeconds(10)), scheduler, InboundHandler.REFUSE);
        CompletableFuture<SubmitSmResp> first = session.submit(submitSm());
        SubmitSm seen = held.poll(10, TimeUnit.SECONDS);
        CompletableFuture<Object> second = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                second.complete(session.submit(submitSm()));
            } catch (Exception e) {
                second.complete(e);
            }
        });
        waiter.start();
        awaitParked(waiter); // past the state check, waiting for the window's one slot
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            try {
                session.close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, executor);
        awaitState(session, SmppSession.State.UNBINDING);
        smsc.awaitOpenConnection().write(seen.createResponse());

        assertInstanceOf(SessionClosedException.class, second.get(10, TimeUnit.SECONDS),
                "the slot freed during the close is given back unsent");
        first.get(10, TimeUnit.SECONDS);
        closing.get(10, TimeUnit.SECONDS);
        assertNull(held.poll(), "only the first submit_sm reached the SMSC");
    }

    private static void awaitParked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < deadline, "thread never waited: " + thread.getState());
            Thread.sleep(1); // poll interval
        }
    }

    private static void awaitState(SmppSession session, SmppSession.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (session.state() != state) {
            assertTrue(System.nanoTime() < deadline, "state " + state + " not reached: " + session.state());
            Thread.sleep(1); // poll interval
        }
    }

    @Test
    void adjustShrinksAndRegrowsTheWindowInPlaceButNotBeyondItsSize() throws Exception {
        smsc.responder = pdu -> pdu instanceof SubmitSm ? null : smsc.standardAnswer(pdu);
        SessionSettings four = settings().withWindow(4, Duration.ofMillis(50));
        SmppSession session = bound(four, scheduler, InboundHandler.REFUSE);
        assertTrue(session.adjust(four.withWindow(2, Duration.ofMillis(50)), FAST_RETRIES));
        session.submit(submitSm());
        session.submit(submitSm());
        assertThrows(WindowFullException.class, () -> session.submit(submitSm()), "two in flight fill a window of 2");
        assertEquals(2, session.status().windowLimit());
        assertEquals(2, session.settings().windowSize());

        assertTrue(session.adjust(four, FAST_RETRIES));
        session.submit(submitSm());
        session.submit(submitSm());
        assertEquals(4, session.status().windowInUse());
        assertFalse(session.adjust(four.withWindow(5, Duration.ofMillis(50)), FAST_RETRIES), "a larger window needs a new bind");
        assertEquals(4, session.status().windowLimit());
        assertEquals(1, smsc.openConnections(), "still the one connection");
        assertEquals(0, smsc.closedConnections());
    }

    @Test
    void adjustRefusesWhatOnlyANewBindCanChange() throws Exception {
        SmppSession session = bound();
        SessionSettings now = session.settings();
        assertFalse(session.adjust(new SessionSettings(now.systemId(), "other", now.systemType(), now.interfaceVersion(),
                now.bindType(), now.windowSize(), now.responseTimeout(), now.windowWait(), now.connectTimeout(),
                now.closeTimeout(), now.keepalive()), FAST_RETRIES));
        assertFalse(session.adjust(now.withSystemType("2"), FAST_RETRIES));
        assertFalse(session.adjust(now.withInterfaceVersion(BaseBind.VERSION_5_0), FAST_RETRIES));
        assertFalse(session.adjust(now.withBindType(BindType.TRANSMITTER), FAST_RETRIES));
        assertTrue(session.settings() == now, "nothing changed");
    }

    @Test
    void adjustedRetryTableAndKeepaliveTakeEffectOnTheRunningSession() throws Exception {
        ManualScheduler manual = new ManualScheduler();
        SessionSettings settings = settings().withKeepalive(KeepaliveSettings.every(Duration.ofSeconds(30)));
        smsc.responder = pdu -> pdu instanceof SubmitSm
                ? ((SubmitSm) pdu).createResponse(CommandStatus.ESME_RTHROTTLED) : smsc.standardAnswer(pdu);
        SmppSession session = bound(settings, manual, InboundHandler.REFUSE);
        RetryTable none = new RetryTable(List.of());
        assertTrue(session.adjust(settings.withKeepalive(KeepaliveSettings.every(Duration.ofSeconds(5))), none));

        CompletableFuture<SubmitSmResp> refused = session.submit(submitSm());
        assertInstanceOf(CommandStatusException.class, failure(refused), "no retry under the new, empty table");
        assertEquals(0, FAST_RETRIES.retries(CommandStatus.ESME_RTHROTTLED));
        manual.advance(Duration.ofSeconds(5));
        smsc.await(EnquireLink.class); // the new 5 s interval, not the old 30 s
    }

    @Test
    void receiverCannotSend() throws Exception {
        SmppSession session = bound(settings().withBindType(BindType.RECEIVER), scheduler, InboundHandler.REFUSE);
        assertEquals(SmppSession.State.BOUND_RX, session.state());
        assertThrows(IllegalStateException.class, () -> session.submit(submitSm()));
        assertNull(session.closeCause());
    }

    @Test
    void unknownRequestFromTheSmscIsRefused() throws Exception {
        bound();
        SubmitSm odd = submitSm();
        odd.setSequenceNumber(31);
        smsc.send(odd);
        SubmitSmResp resp = smsc.await(SubmitSmResp.class);
        assertEquals(CommandStatus.ESME_RINVCMDID, resp.getCommandStatus());
        assertEquals(31, resp.getSequenceNumber());
    }
}
