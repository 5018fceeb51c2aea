package org.smppconnector.smpp.session.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    private final Scheduler scheduler = new ExecutorScheduler(executor);

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void runsAOneShotTask() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(ran::countDown, 1, TimeUnit.MILLISECONDS);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
    }

    @Test
    void periodicTaskKeepsRunningAfterAThrowingRun() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch thirdRun = new CountDownLatch(3);
        ScheduledTask task = scheduler.scheduleWithFixedDelay(() -> {
            runs.incrementAndGet();
            thirdRun.countDown();
            if (runs.get() == 1) {
                throw new IllegalStateException("first run fails on purpose");
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        assertTrue(thirdRun.await(10, TimeUnit.SECONDS), "the schedule died with the first failure");
        task.cancel();
    }

    @Test
    void cancelledTaskDoesNotRun() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        scheduler.schedule(runs::incrementAndGet, 1, TimeUnit.HOURS).cancel();
        CountDownLatch later = new CountDownLatch(1);
        scheduler.schedule(later::countDown, 0, TimeUnit.MILLISECONDS);
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertEquals(0, runs.get());
        long stillArmed = executor.getQueue().stream()
                .filter(r -> !((Future<?>) r).isCancelled()).count();
        assertEquals(0, stillArmed, "the hour-long task was not cancelled");
    }
}
