package org.smppconnector.ra.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.ra.fixture.TestContainer;
import org.smppconnector.smpp.session.time.ScheduledTask;

class WorkSchedulerTest {

    private TestContainer container;
    private WorkScheduler scheduler;

    @BeforeEach
    void start() throws Exception {
        container = new TestContainer();
        scheduler = new WorkScheduler(new WorkManagerExecutor(container.getWorkManager()));
        scheduler.start();
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.stop();
        container.close();
    }

    @Test
    void tasksRunInTheOrderTheyAreDueAsWork() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        scheduler.schedule(() -> { order.add("late"); done.countDown(); }, 60, TimeUnit.MILLISECONDS);
        scheduler.schedule(() -> { order.add("now"); done.countDown(); }, 0, TimeUnit.MILLISECONDS);
        scheduler.schedule(() -> { order.add("soon"); done.countDown(); }, 20, TimeUnit.MILLISECONDS);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("now", "soon", "late"), order);
        assertTrue(container.workScheduled() >= 4, "the timer and each run were Work");
    }

    @Test
    void aPeriodicTaskRepeatsWithoutOverlapUntilCancelledAndSurvivesItsFailures() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch five = new CountDownLatch(5);
        ScheduledTask task = scheduler.scheduleWithFixedDelay(() -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runs.incrementAndGet();
            five.countDown();
            running.decrementAndGet();
            throw new IllegalStateException("a failing tick stays scheduled");
        }, 0, 5, TimeUnit.MILLISECONDS);
        assertTrue(five.await(10, TimeUnit.SECONDS));
        task.cancel();
        int afterCancel = runs.get();
        CountDownLatch marker = new CountDownLatch(1);
        scheduler.schedule(marker::countDown, 50, TimeUnit.MILLISECONDS);
        assertTrue(marker.await(10, TimeUnit.SECONDS));
        assertTrue(runs.get() <= afterCancel + 1, "at most a run already under way after cancel");
        assertEquals(0, overlaps.get());
    }

    @Test
    void stopDropsWhatIsStillQueued() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        scheduler.schedule(runs::incrementAndGet, 1, TimeUnit.HOURS);
        assertEquals(1, scheduler.pendingCount());
        scheduler.stop();
        assertEquals(0, scheduler.pendingCount());
        scheduler.schedule(runs::incrementAndGet, 0, TimeUnit.MILLISECONDS);
        assertEquals(0, scheduler.pendingCount(), "a stopped scheduler takes nothing");
        assertEquals(0, runs.get());
    }
}
