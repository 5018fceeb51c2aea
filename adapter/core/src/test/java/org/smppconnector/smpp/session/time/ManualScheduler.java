package org.smppconnector.smpp.session.time;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

/**
 * A deterministic {@link Scheduler} for tests: time stands still until a test advances it,
 * and due tasks then run on the advancing thread, in time order (ties in scheduling order).
 * {@link #sleepNanos} advances the clock instead of blocking. A task that throws fails the
 * test at once rather than being logged. Time may be read from any thread.
 */
public final class ManualScheduler implements Scheduler {

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private volatile long now;
    private long scheduled;

    /** Starts at an arbitrary, negative time so code that assumes nanoTime() > 0 is caught. */
    public ManualScheduler() {
        this(-1_000_000_000_000L);
    }

    public ManualScheduler(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleepNanos(long nanos) {
        advance(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized ScheduledTask schedule(Runnable task, long delay, TimeUnit unit) {
        return enqueue(task, now + Math.max(0, unit.toNanos(delay)), 0);
    }

    @Override
    public synchronized ScheduledTask scheduleWithFixedDelay(Runnable task, long initialDelay, long delay,
                                                              TimeUnit unit) {
        if (delay <= 0) {
            throw new IllegalArgumentException("delay must be positive: " + delay);
        }
        return enqueue(task, now + Math.max(0, unit.toNanos(initialDelay)), unit.toNanos(delay));
    }

    public void advance(Duration duration) {
        advance(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Moves time forward by {@code amount}, running every task that falls due on the way. */
    public void advance(long amount, TimeUnit unit) {
        if (amount < 0) {
            throw new IllegalArgumentException("time only moves forward: " + amount);
        }
        long target = now + unit.toNanos(amount);
        for (Entry due = nextDue(target); due != null; due = nextDue(target)) {
            due.task.run();
            reschedule(due);
        }
        now = target;
    }

    /** Runs the tasks due now without moving time. */
    public void runDueTasks() {
        advance(0, TimeUnit.NANOSECONDS);
    }

    /** Tasks scheduled and not yet run or cancelled (periodic tasks count once). */
    public synchronized int pendingTasks() {
        return (int) queue.stream().filter(e -> !e.handle.cancelled).count();
    }

    /** When the next pending task falls due, or {@code Long.MAX_VALUE} if none is pending. */
    public synchronized long nextDueNanos() {
        return queue.stream().filter(e -> !e.handle.cancelled).mapToLong(e -> e.dueAt)
                .min().orElse(Long.MAX_VALUE);
    }

    private synchronized ScheduledTask enqueue(Runnable task, long dueAt, long period) {
        Handle handle = new Handle();
        queue.add(new Entry(task, dueAt, period, scheduled++, handle));
        return handle;
    }

    private synchronized Entry nextDue(long target) {
        while (!queue.isEmpty()) {
            Entry head = queue.peek();
            if (head.handle.cancelled) {
                queue.poll();
            } else if (head.dueAt - target <= 0) {
                queue.poll();
                now = head.dueAt;
                return head;
            } else {
                return null;
            }
        }
        return null;
    }

    private synchronized void reschedule(Entry ran) {
        if (ran.period > 0 && !ran.handle.cancelled) {
            queue.add(new Entry(ran.task, now + ran.period, ran.period, scheduled++, ran.handle));
        }
    }

    /** What a test holds: one per scheduled task, shared by all runs of a periodic one. */
    private static final class Handle implements ScheduledTask {
        volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private record Entry(Runnable task, long dueAt, long period, long order, Handle handle)
            implements Comparable<Entry> {

        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(dueAt - other.dueAt, 0);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
