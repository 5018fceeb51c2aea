package org.smppconnector.smpp.session;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Callers acquiring, a writer marking written, responders completing (some twice), a sweeper
 * moving time and expiring, and connection losses, all at once. Afterwards every request must
 * have ended exactly once with the outcome of whoever ended it, and no slot may have leaked.
 */
class WindowConcurrencyTest {

    private static final int WINDOW = 32;
    private static final int CALLERS = 4;
    private static final int REQUESTS_PER_CALLER = 25_000;
    private static final long TIMEOUT_TICKS = 50;

    private final AtomicLong ticks = new AtomicLong();
    private final Window<Integer, String> window = new Window<>(WINDOW, ticks::get);
    private final Queue<InFlightRequest<Integer, String>> toAnswer = new ConcurrentLinkedQueue<>();
    private final Map<InFlightRequest<Integer, String>, String> endedBy = new ConcurrentHashMap<>();
    private final Map<InFlightRequest<Integer, String>, Boolean> markedWritten = new ConcurrentHashMap<>();
    private final Queue<InFlightRequest<Integer, String>> acquired = new ConcurrentLinkedQueue<>();
    private final LongAdder completedCount = new LongAdder();
    private final LongAdder expiredCount = new LongAdder();
    private final LongAdder lostCount = new LongAdder();
    private final AtomicReference<Throwable> trouble = new AtomicReference<>();
    private final AtomicBoolean callersDone = new AtomicBoolean();

    @Test
    void everyRequestEndsExactlyOnceAndNoSlotLeaks() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            boolean dropsConnections = c == 0;
            threads.add(start("caller-" + c, () -> callerLoop(dropsConnections)));
        }
        Thread responder1 = start("responder-1", this::responderLoop);
        Thread responder2 = start("responder-2", this::responderLoop);
        Thread sweeper = start("sweeper", this::sweeperLoop);

        for (Thread caller : threads) {
            caller.join(SECONDS.toMillis(60));
            if (caller.isAlive()) {
                fail("caller stuck: " + caller.getName());
            }
        }
        callersDone.set(true);
        for (Thread t : List.of(responder1, responder2, sweeper)) {
            t.join(SECONDS.toMillis(60));
        }
        if (trouble.get() != null) {
            throw new AssertionError("a worker thread failed", trouble.get());
        }
        lostCount.add(window.failAll("test over", null));

        int total = CALLERS * REQUESTS_PER_CALLER;
        assertEquals(total, acquired.size());
        assertEquals(total, completedCount.sum() + expiredCount.sum() + lostCount.sum(),
                "ends counted by the window's callers must add up to the requests");
        for (InFlightRequest<Integer, String> entry : acquired) {
            checkOutcome(entry);
        }
        assertEquals(0, window.inFlight());
        assertEquals(WINDOW, window.freeSlots(), "slots leaked");
        assertTrue(completedCount.sum() > 0 && expiredCount.sum() > 0 && lostCount.sum() > 0,
                "the run did not exercise every ending: " + completedCount + "/" + expiredCount + "/" + lostCount);
    }

    private void checkOutcome(InFlightRequest<Integer, String> entry) throws InterruptedException {
        assertTrue(entry.isDone() && entry.isFinished(), "never ended: " + entry);
        String by = endedBy.get(entry);
        try {
            String response = entry.get();
            assertEquals("response-" + entry.request(), response);
            assertEquals("complete", by, "completed without the window saying so: " + entry);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ResponseTimeoutException || cause instanceof ConnectionLostException) {
                assertTrue(by == null, "ended by " + by + " but failed with " + cause);
                assertEquals(markedWritten.get(entry), ((NoResponseException) cause).wasWritten(),
                        "reported written must mean marked written before it ended: " + entry);
            } else {
                throw new AssertionError("unexpected failure of " + entry, cause);
            }
        }
    }

    private void callerLoop(boolean dropsConnections) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < REQUESTS_PER_CALLER; i++) {
            if (dropsConnections && i % 5_000 == 4_999) {
                lostCount.add(window.failAll("simulated drop", null));
            }
            int request = random.nextInt(1_000_000);
            InFlightRequest<Integer, String> entry;
            try {
                entry = window.acquire(request, TIMEOUT_TICKS, SECONDS.toNanos(30));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            acquired.add(entry);
            // One request in three is never written, as if the writer were slow.
            markedWritten.put(entry, request % 3 != 0 && entry.markWritten());
            toAnswer.add(entry);
        }
    }

    private void responderLoop() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!callersDone.get() || !toAnswer.isEmpty()) {
            InFlightRequest<Integer, String> entry = toAnswer.poll();
            if (entry == null) {
                Thread.yield();
                continue;
            }
            // Mostly one answer; now and then a duplicate, or none at all (left to expire).
            int dice = random.nextInt(50);
            int answers = dice == 0 ? 0 : dice < 5 ? 2 : 1;
            for (int i = 0; i < answers; i++) {
                if (window.complete(entry.sequenceNumber(), "response-" + entry.request())) {
                    if (endedBy.putIfAbsent(entry, "complete") != null) {
                        trouble.compareAndSet(null, new AssertionError("completed twice: " + entry));
                    }
                    completedCount.increment();
                }
            }
        }
    }

    /** Responses left unanswered hold slots until this expires them: callers cannot finish without it. */
    private void sweeperLoop() {
        while (!callersDone.get()) {
            ticks.addAndGet(1);
            expiredCount.add(window.expireOverdue());
            Thread.yield();
        }
    }

    private Thread start(String name, Runnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                trouble.compareAndSet(null, e);
                callersDone.set(true);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
