package org.smppconnector.smpp.session;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.session.time.ManualScheduler;

class WindowTest {

    private static final long TIMEOUT = 10;

    private final ManualScheduler clock = new ManualScheduler();
    private final Window<String, String> window = new Window<>(3, clock);

    private InFlightRequest<String, String> take(String request) {
        InFlightRequest<String, String> entry = window.tryAcquire(request, SECONDS.toNanos(TIMEOUT));
        assertTrue(entry != null, "window unexpectedly full");
        return entry;
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        assertTrue(future.isCompletedExceptionally(), "not failed: " + future);
        ExecutionException e = assertThrows(ExecutionException.class, future::get);
        return e.getCause();
    }

    @Test
    void handsOutDistinctSequenceNumbersUpToTheLimit() {
        Set<Integer> seqs = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            seqs.add(take("r" + i).sequenceNumber());
        }
        assertEquals(Set.of(1, 2, 3), seqs);
        assertEquals(0, window.freeSlots());
        assertNull(window.tryAcquire("r3", SECONDS.toNanos(TIMEOUT)));
        assertEquals(3, window.inFlight());
    }

    @Test
    void responseCompletesItsRequestAndFreesTheSlot() throws Exception {
        InFlightRequest<String, String> a = take("a");
        InFlightRequest<String, String> b = take("b");
        assertSame(a, window.find(a.sequenceNumber()));

        assertTrue(window.complete(b.sequenceNumber(), "resp-b"));

        assertEquals("resp-b", b.get());
        assertFalse(a.isDone());
        assertEquals(2, window.freeSlots());
        assertNull(window.find(b.sequenceNumber()));
        assertEquals("a", a.request());
    }

    @Test
    void unknownDuplicateAndLateResponsesAreRefused() {
        InFlightRequest<String, String> a = take("a");
        assertFalse(window.complete(a.sequenceNumber() + 1, "nobody asked"));
        assertFalse(window.complete(a.sequenceNumber() + 16, "same slot, other number"));
        assertTrue(window.complete(a.sequenceNumber(), "first"));
        assertFalse(window.complete(a.sequenceNumber(), "duplicate"));
        assertFalse(window.fail(a.sequenceNumber(), new IllegalStateException()));
        assertEquals(3, window.freeSlots());
    }

    @Test
    void errorResponseFailsTheRequest() {
        InFlightRequest<String, String> a = take("a");
        CommandStatusException refused = new CommandStatusException("submit_sm", 0x0B, "ESME_RINVDSTADR", false);
        assertTrue(window.fail(a.sequenceNumber(), refused));
        assertSame(refused, failureOf(a));
        assertEquals(3, window.freeSlots());
    }

    @Test
    void fullWindowFailsAtOnceWhenTheCallerWillNotWait() throws InterruptedException {
        take("a");
        take("b");
        take("c");
        WindowFullException full = assertThrows(WindowFullException.class,
                () -> window.acquire("d", SECONDS.toNanos(TIMEOUT), 0));
        assertEquals(3, full.windowSize());
        assertTrue(full.isRetriable());
        assertFalse(full.mayHaveBeenAccepted());
    }

    @Test
    void fullWindowFailsAfterTheBoundedWait() {
        take("a");
        take("b");
        take("c");
        long started = System.nanoTime();
        WindowFullException full = assertThrows(WindowFullException.class,
                () -> window.acquire("d", SECONDS.toNanos(TIMEOUT), MILLISECONDS.toNanos(20)));
        assertTrue(System.nanoTime() - started >= MILLISECONDS.toNanos(20), "gave up before the bound");
        assertEquals(MILLISECONDS.toNanos(20), full.waitedNanos());
    }

    @Test
    void waitingCallerGetsTheSlotAResponseFrees() throws Exception {
        InFlightRequest<String, String> a = take("a");
        take("b");
        take("c");
        CompletableFuture<InFlightRequest<String, String>> waiter = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                waiter.complete(window.acquire("d", SECONDS.toNanos(TIMEOUT), SECONDS.toNanos(30)));
            } catch (Throwable t) {
                waiter.completeExceptionally(t);
            }
        });
        caller.start();
        awaitBlocked(caller);
        assertFalse(waiter.isDone());

        window.complete(a.sequenceNumber(), "resp-a");

        InFlightRequest<String, String> d = waiter.get(10, SECONDS);
        assertEquals("d", d.request());
        assertEquals(0, window.freeSlots());
    }

    @Test
    void overdueRequestsExpireSayingWhetherTheyWereWritten() {
        InFlightRequest<String, String> written = take("written");
        InFlightRequest<String, String> unwritten = take("unwritten");
        assertTrue(written.markWritten());
        clock.advance(TIMEOUT * 1000 - 1, MILLISECONDS);
        assertEquals(0, window.expireOverdue());

        clock.advance(1, MILLISECONDS);
        assertEquals(2, window.expireOverdue());

        ResponseTimeoutException w = assertInstanceOf(ResponseTimeoutException.class, failureOf(written));
        assertTrue(w.wasWritten());
        assertTrue(w.mayHaveBeenAccepted());
        assertTrue(w.isRetriable());
        assertEquals(SECONDS.toNanos(TIMEOUT), w.timeoutNanos());
        assertEquals(written.sequenceNumber(), w.sequenceNumber());
        ResponseTimeoutException u = assertInstanceOf(ResponseTimeoutException.class, failureOf(unwritten));
        assertFalse(u.mayHaveBeenAccepted());
        assertEquals(3, window.freeSlots());
    }

    @Test
    void expiredRequestIsNeitherWrittenNorCompletedLater() {
        InFlightRequest<String, String> a = take("a");
        clock.advance(TIMEOUT, SECONDS);
        window.expireOverdue();
        assertFalse(a.markWritten(), "the writer must skip a request that already timed out");
        assertFalse(window.complete(a.sequenceNumber(), "too late"));
        assertInstanceOf(ResponseTimeoutException.class, failureOf(a));
    }

    @Test
    void responseThatArrivedIsNeverReportedAsTimedOut() throws Exception {
        InFlightRequest<String, String> a = take("a");
        a.markWritten();
        clock.advance(TIMEOUT + 1, SECONDS);
        assertTrue(window.complete(a.sequenceNumber(), "just in time"), "response before the sweep wins");
        assertEquals(0, window.expireOverdue());
        assertEquals("just in time", a.get());
    }

    @Test
    void connectionLossFailsEachRequestSayingWhetherItWasWritten() {
        InFlightRequest<String, String> written = take("written");
        InFlightRequest<String, String> unwritten = take("unwritten");
        written.markWritten();
        IllegalStateException cause = new IllegalStateException("reset");

        assertEquals(2, window.failAll("connection reset", cause));

        ConnectionLostException w = assertInstanceOf(ConnectionLostException.class, failureOf(written));
        assertTrue(w.mayHaveBeenAccepted());
        assertTrue(w.isRetriable());
        assertSame(cause, w.getCause());
        assertTrue(w.getMessage().contains("connection reset"), w.getMessage());
        ConnectionLostException u = assertInstanceOf(ConnectionLostException.class, failureOf(unwritten));
        assertFalse(u.mayHaveBeenAccepted());
        assertTrue(u.getMessage().contains("never written"), u.getMessage());

        assertFalse(window.isClosed());
        assertEquals(3, window.freeSlots(), "slots leaked");
        assertTrue(take("next connection").sequenceNumber() > 0);
    }

    @Test
    void closeFailsInFlightWakesWaitersAndRefusesNewRequests() throws Exception {
        InFlightRequest<String, String> a = take("a");
        take("b");
        take("c");
        List<CompletableFuture<Object>> outcomes = new ArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            CompletableFuture<Object> outcome = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    outcome.complete(window.acquire("late", SECONDS.toNanos(TIMEOUT), SECONDS.toNanos(30)));
                } catch (Throwable e) {
                    outcome.complete(e);
                }
            });
            t.start();
            waiters.add(t);
            outcomes.add(outcome);
        }
        for (Thread t : waiters) {
            awaitBlocked(t);
        }

        window.close("undeployed");

        assertInstanceOf(ConnectionLostException.class, failureOf(a));
        for (CompletableFuture<Object> outcome : outcomes) {
            assertInstanceOf(SessionClosedException.class, outcome.get(10, SECONDS));
        }
        SessionClosedException closed = assertThrows(SessionClosedException.class, () -> take("after"));
        assertFalse(closed.isRetriable());
        assertThrows(SessionClosedException.class, () -> window.acquireControl("unbind", SECONDS.toNanos(1)));
        assertEquals(0, window.inFlight());
    }

    @Test
    void shrinkingLetsRequestsInFlightFinishAndHoldsNewOnesToTheNewLimit() {
        InFlightRequest<String, String> a = take("a");
        InFlightRequest<String, String> b = take("b");
        window.setLimit(1);
        assertEquals(1, window.limit());
        assertEquals(0, window.freeSlots());
        assertNull(window.tryAcquire("c", SECONDS.toNanos(TIMEOUT)), "still two in flight against a limit of one");

        window.complete(a.sequenceNumber(), "ra");
        assertNull(window.tryAcquire("c", SECONDS.toNanos(TIMEOUT)), "one in flight against a limit of one");
        window.complete(b.sequenceNumber(), "rb");
        take("c");
        assertNull(window.tryAcquire("d", SECONDS.toNanos(TIMEOUT)));

        window.setLimit(3);
        assertEquals(2, window.freeSlots());
        take("d");
        take("e");
        assertNull(window.tryAcquire("f", SECONDS.toNanos(TIMEOUT)));
    }

    @Test
    void limitStaysWithinOneAndTheCreatedSize() {
        assertThrows(IllegalArgumentException.class, () -> window.setLimit(0));
        assertThrows(IllegalArgumentException.class, () -> window.setLimit(4));
        assertThrows(IllegalArgumentException.class, () -> new Window<String, String>(0, clock));
        assertThrows(IllegalArgumentException.class, () -> new Window<String, String>(Window.MAX_SIZE + 1, clock));
        assertEquals(3, window.maxSize());
    }

    @Test
    void controlRequestsGoOutWhenTheWindowIsFullAndDoNotFreePermits() {
        take("a");
        take("b");
        take("c");
        List<InFlightRequest<String, String>> control = new ArrayList<>();
        for (int i = 0; i < Window.CONTROL_SLOTS; i++) {
            control.add(window.acquireControl("enquire_link", SECONDS.toNanos(5)));
        }
        assertThrows(WindowFullException.class, () -> window.acquireControl("one too many", SECONDS.toNanos(5)));

        window.complete(control.get(0).sequenceNumber(), "enquire_link_resp");
        assertEquals(0, window.freeSlots(), "a control response must not free a window permit");
        window.acquireControl("enquire_link again", SECONDS.toNanos(5));

        clock.advance(5, SECONDS);
        assertEquals(Window.CONTROL_SLOTS, window.expireOverdue(), "control requests expire too");
        assertEquals(3, window.inFlight());
    }

    @Test
    void sequenceNumbersInFlightAreSkipped() {
        Window<String, String> w = new Window<>(2, clock);
        InFlightRequest<String, String> held = w.tryAcquire("held", SECONDS.toNanos(TIMEOUT));
        assertEquals(1, held.sequenceNumber());
        // 16 slots: number 17 would land on number 1's slot while 1 is still in flight.
        for (int expected = 2; expected <= 16; expected++) {
            InFlightRequest<String, String> e = w.tryAcquire("x", SECONDS.toNanos(TIMEOUT));
            assertEquals(expected, e.sequenceNumber());
            w.complete(e.sequenceNumber(), "ok");
        }
        assertEquals(18, w.tryAcquire("next", SECONDS.toNanos(TIMEOUT)).sequenceNumber());
    }

    @Test
    void sequenceNumbersWrapToOne() {
        Window<String, String> w = new Window<>(4, clock, new SequenceCounter(SequenceCounter.MAX - 2));
        List<Integer> seqs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seqs.add(w.tryAcquire("x", SECONDS.toNanos(TIMEOUT)).sequenceNumber());
        }
        assertEquals(List.of(SequenceCounter.MAX - 1, SequenceCounter.MAX, 1, 2), seqs);
    }

    @Test
    void rearmedRequestKeepsItsSlotAndNumberAndMustBeWrittenAgain() throws Exception {
        InFlightRequest<String, String> a = take("a");
        a.markWritten();
        int seq = a.sequenceNumber();
        clock.advance(TIMEOUT - 1, SECONDS);

        assertTrue(window.rearm(seq, SECONDS.toNanos(TIMEOUT)));
        assertFalse(a.isWritten());
        assertEquals(2, a.attempts());
        assertEquals(2, window.freeSlots(), "the retry keeps its permit");
        clock.advance(2, SECONDS);
        assertEquals(0, window.expireOverdue(), "the deadline moved with the re-arm");

        assertTrue(a.markWritten());
        assertTrue(window.complete(seq, "accepted on the second attempt"));
        assertEquals("accepted on the second attempt", a.get());
        assertFalse(window.rearm(seq, SECONDS.toNanos(TIMEOUT)), "an ended request cannot be re-armed");
    }

    @Test
    void reArmedRequestLostWithTheConnectionBeforeItsResendWasNeverWritten() {
        InFlightRequest<String, String> a = take("a");
        a.markWritten();
        window.rearm(a.sequenceNumber(), SECONDS.toNanos(TIMEOUT));
        window.failAll("dropped", null);
        assertFalse(((ConnectionLostException) failureOf(a)).mayHaveBeenAccepted());
    }

    @Test
    void cancellingTheFutureOnlyDetachesTheCaller() {
        InFlightRequest<String, String> a = take("a");
        a.cancel(true);
        assertEquals(2, window.freeSlots(), "the SMSC still counts the request");
        assertTrue(window.complete(a.sequenceNumber(), "late but counted"));
        assertEquals(3, window.freeSlots());
    }

    @Test
    void deadlineIsTheResponseTimeoutFromAcquire() {
        long before = clock.nanoTime();
        InFlightRequest<String, String> a = window.tryAcquire("a", MILLISECONDS.toNanos(1500));
        assertEquals(before + MILLISECONDS.toNanos(1500), a.deadlineNanos());
        assertNotEquals(0, a.sequenceNumber());
        assertTrue(a.toString().contains("PENDING"), a.toString());
    }

    /** Waits (polling, with a deadline) until the thread is parked waiting for a permit. */
    static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("thread never blocked: " + thread.getState());
            }
            Thread.yield();
        }
    }
}
