package org.smppconnector.smpp.session.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ManualSchedulerTest {

    private final ManualScheduler scheduler = new ManualScheduler(0);
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsDueTasksInTimeOrderAtTheirDueTime() {
        scheduler.schedule(() -> ran.add("b@" + scheduler.nanoTime()), 20, TimeUnit.NANOSECONDS);
        scheduler.schedule(() -> ran.add("a@" + scheduler.nanoTime()), 10, TimeUnit.NANOSECONDS);
        scheduler.schedule(() -> ran.add("c@" + scheduler.nanoTime()), 10, TimeUnit.NANOSECONDS);

        scheduler.advance(15, TimeUnit.NANOSECONDS);
        assertEquals(List.of("a@10", "c@10"), ran);
        assertEquals(15, scheduler.nanoTime());

        scheduler.advance(5, TimeUnit.NANOSECONDS);
        assertEquals(List.of("a@10", "c@10", "b@20"), ran);
    }

    @Test
    void periodicTaskRepeatsUntilCancelled() {
        ScheduledTask task = scheduler.scheduleWithFixedDelay(
                () -> ran.add("t@" + scheduler.nanoTime()), 5, 10, TimeUnit.NANOSECONDS);
        scheduler.advance(30, TimeUnit.NANOSECONDS);
        assertEquals(List.of("t@5", "t@15", "t@25"), ran);

        task.cancel();
        scheduler.advance(100, TimeUnit.NANOSECONDS);
        assertEquals(3, ran.size());
        assertEquals(0, scheduler.pendingTasks());
    }

    @Test
    void taskScheduledByATaskRunsInTheSameAdvanceWhenDue() {
        scheduler.schedule(() -> scheduler.schedule(() -> ran.add("inner@" + scheduler.nanoTime()),
                3, TimeUnit.NANOSECONDS), 2, TimeUnit.NANOSECONDS);
        scheduler.advance(10, TimeUnit.NANOSECONDS);
        assertEquals(List.of("inner@5"), ran);
    }

    @Test
    void sleepAdvancesTimeAndRunsDueTasks() {
        scheduler.schedule(() -> ran.add("x"), 7, TimeUnit.NANOSECONDS);
        scheduler.sleepNanos(7);
        assertEquals(List.of("x"), ran);
        assertEquals(7, scheduler.nanoTime());
    }

    @Test
    void reportsNextDueTime() {
        assertEquals(Long.MAX_VALUE, scheduler.nextDueNanos());
        ScheduledTask t = scheduler.schedule(() -> { }, 9, TimeUnit.NANOSECONDS);
        assertEquals(9, scheduler.nextDueNanos());
        t.cancel();
        assertEquals(Long.MAX_VALUE, scheduler.nextDueNanos());
    }

    @Test
    void timeNeverMovesBack() {
        assertThrows(IllegalArgumentException.class, () -> scheduler.advance(-1, TimeUnit.SECONDS));
    }
}
