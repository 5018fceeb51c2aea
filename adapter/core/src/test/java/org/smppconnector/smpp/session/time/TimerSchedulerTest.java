package org.smppconnector.smpp.session.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Timer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimerSchedulerTest {

    private final Timer timer = new Timer("test-timer", true);
    private final ExecutorService workers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-worker");
        t.setDaemon(true);
        return t;
    });
    private final Scheduler scheduler = new TimerScheduler(timer, workers);

    @AfterEach
    void shutDown() {
        timer.cancel();
        workers.shutdownNow();
    }

    @Test
    void runsTasksOnTheGivenExecutorNotTheTimerThread() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean onWorker = new AtomicBoolean();
        scheduler.schedule(() -> {
            onWorker.set(Thread.currentThread().getName().equals("test-worker"));
            ran.countDown();
        }, 1, TimeUnit.MILLISECONDS);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertTrue(onWorker.get());
    }

    @Test
    void periodicTaskRepeatsSurvivesFailureAndStopsWhenCancelled() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledTask task = scheduler.scheduleWithFixedDelay(() -> {
            runs.incrementAndGet();
            three.countDown();
            throw new IllegalStateException("every run fails on purpose");
        }, 0, 1, TimeUnit.MILLISECONDS);
        assertTrue(three.await(10, TimeUnit.SECONDS));
        task.cancel();
        int afterCancel = runs.get();
        CountDownLatch drained = new CountDownLatch(1);
        scheduler.schedule(drained::countDown, 5, TimeUnit.MILLISECONDS);
        assertTrue(drained.await(10, TimeUnit.SECONDS));
        assertTrue(runs.get() <= afterCancel + 1, "a cancelled task kept running");
    }

    @Test
    void cancelledOneShotNeverRuns() throws InterruptedException {
        AtomicBoolean ran = new AtomicBoolean();
        // Due well after the cancel, so that a busy machine cannot run it before cancel() is reached.
        scheduler.schedule(() -> ran.set(true), 100, TimeUnit.MILLISECONDS).cancel();
        CountDownLatch later = new CountDownLatch(1);
        scheduler.schedule(later::countDown, 150, TimeUnit.MILLISECONDS);
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertFalse(ran.get(), "the cancelled task ran before a later one");
    }
}
