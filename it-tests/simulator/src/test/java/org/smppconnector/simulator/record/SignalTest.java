package org.smppconnector.simulator.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Signal} loses no wake-up, whatever the interleaving of changes and waits. */
class SignalTest {

    /** Far longer than any hand-over needs; a lost wake-up would wait for all of it. */
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int ROUNDS = Integer.getInteger("signal.rounds", 100_000);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Signal signal = new Signal();

    /** Plain (not volatile) on purpose: the signal alone must make each change visible to the waiter. */
    private int turn;

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    /**
     * Two threads hand a turn back and forth, each waiting for the other's change: every round
     * needs exactly one wake-up, so one lost wake-up stalls a round until its timeout. Without
     * the housekeeper's periodic re-check nothing else would wake the waiter.
     */
    @Test
    void pingPongLosesNoWakeUp() throws Exception {
        Future<?> odd = threads.submit(() -> play(1));
        play(0);
        odd.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(2 * ROUNDS, readTurn());
    }

    private void play(int parity) {
        for (int i = parity; i < 2 * ROUNDS; i += 2) {
            int mine = i;
            signal.await("turn " + mine, WAIT, () -> turn == mine);
            turn = mine + 1; // under no lock: the change a waiter must not miss
            signal.changed();
        }
    }

    private int readTurn() {
        int[] seen = new int[1];
        signal.await("read", WAIT, () -> {
            seen[0] = turn;
            return true;
        });
        return seen[0];
    }

    /** Many changers racing one waiter that keeps arriving just as they change: each target is reached in time. */
    @Test
    void waiterArrivingDuringAStormOfChangesSeesEachOne() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        long[] counter = new long[1];
        Object counterLock = new Object();
        int changers = 3;
        for (int c = 0; c < changers; c++) {
            threads.submit(() -> {
                while (!stop.get()) {
                    synchronized (counterLock) {
                        counter[0]++;
                    }
                    signal.changed();
                    Thread.onSpinWait();
                }
            });
        }
        try {
            for (int i = 0; i < ROUNDS / 10; i++) {
                long target;
                synchronized (counterLock) {
                    target = counter[0] + 1;
                }
                signal.await("counter >= " + target, WAIT, () -> {
                    synchronized (counterLock) {
                        return counter[0] >= target;
                    }
                });
            }
        } finally {
            stop.set(true);
        }
    }

    @Test
    void aConditionThatNeverHoldsTimesOutNamingIt() {
        ConditionTimeoutException e = assertThrows(ConditionTimeoutException.class,
                () -> signal.await("never", Duration.ofMillis(50), () -> false));
        assertTrue(e.getMessage().contains("never"), e.getMessage());
    }

    /** Changes that keep coming must not keep a waiter past its deadline. */
    @Test
    void endlessChangesDoNotExtendTheDeadline() {
        AtomicBoolean stop = new AtomicBoolean();
        threads.submit(() -> {
            while (!stop.get()) {
                signal.changed();
            }
        });
        try {
            long start = System.nanoTime();
            assertThrows(ConditionTimeoutException.class, () -> signal.await("never", Duration.ofMillis(100), () -> false));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "the deadline held");
        } finally {
            stop.set(true);
        }
    }

    @Test
    void awaitValueReturnsTheValue() {
        threads.submit(() -> {
            turn = 7;
            signal.changed();
        });
        assertEquals(7, signal.awaitValue("turn 7", WAIT, () -> turn == 7 ? turn : null));
    }
}
