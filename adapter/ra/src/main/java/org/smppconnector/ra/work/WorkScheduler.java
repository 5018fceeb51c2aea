package org.smppconnector.ra.work;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.smppconnector.smpp.session.time.ScheduledTask;
import org.smppconnector.smpp.session.time.Scheduler;

/**
 * The core's {@link Scheduler} on the WorkManager: one long-running timer {@link Work} waits for
 * the next due task and hands it to the {@link WorkManagerExecutor}, so a slow task never delays
 * the others. Periodic tasks re-arm when a run ends, so runs of one task never overlap. Should
 * the WorkManager refuse a run, the timer runs it itself rather than lose a keepalive or a
 * timeout.
 */
public final class WorkScheduler implements Scheduler {

    private static final System.Logger LOG = System.getLogger(WorkScheduler.class.getName());

    private final WorkManagerExecutor executor;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final AtomicLong order = new AtomicLong();
    private final TimerWork timerWork = new TimerWork();
    private boolean running;

    public WorkScheduler(WorkManagerExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Starts the timer work. */
    public void start() throws WorkException {
        synchronized (queue) {
            running = true;
        }
        executor.startLongRunning(timerWork);
    }

    /** Ends the timer work; tasks still queued never run. */
    public void stop() {
        synchronized (queue) {
            running = false;
            queue.clear();
            queue.notifyAll();
        }
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public ScheduledTask schedule(Runnable task, long delay, TimeUnit unit) {
        Entry entry = new Entry(Objects.requireNonNull(task, "task"), -1);
        entry.arm(unit.toNanos(delay));
        return entry;
    }

    @Override
    public ScheduledTask scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        if (delay <= 0) {
            throw new IllegalArgumentException("delay must be positive: " + delay);
        }
        Entry entry = new Entry(Objects.requireNonNull(task, "task"), unit.toNanos(delay));
        entry.arm(unit.toNanos(initialDelay));
        return entry;
    }

    /** How many tasks wait for their time (for tests and status). */
    public int pendingCount() {
        synchronized (queue) {
            return queue.size();
        }
    }

    private final class Entry implements ScheduledTask, Comparable<Entry> {
        private final Runnable task;
        private final long periodNanos;
        private volatile boolean cancelled;
        private long due;
        private long sequence;

        Entry(Runnable task, long periodNanos) {
            this.task = task;
            this.periodNanos = periodNanos;
        }

        void arm(long delayNanos) {
            synchronized (queue) {
                if (cancelled || !running) {
                    return;
                }
                due = nanoTime() + Math.max(0, delayNanos);
                sequence = order.incrementAndGet();
                queue.add(this);
                queue.notifyAll();
            }
        }

        void runOnce() {
            if (cancelled) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "scheduled SMPP task " + task + " failed; it stays scheduled", e);
            }
            if (periodNanos > 0) {
                arm(periodNanos);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            synchronized (queue) {
                queue.remove(this);
            }
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(due - other.due, 0);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    /** The one long-running work: waits for the earliest due task and dispatches it. */
    private final class TimerWork implements Work {

        @Override
        public void run() {
            for (;;) {
                Entry due;
                synchronized (queue) {
                    due = null;
                    while (due == null) {
                        if (!running) {
                            return;
                        }
                        Entry head = queue.peek();
                        long wait = head == null ? TimeUnit.SECONDS.toNanos(1) : head.due - nanoTime();
                        if (head != null && wait <= 0) {
                            due = queue.poll();
                        } else {
                            try {
                                TimeUnit.NANOSECONDS.timedWait(queue, wait);
                            } catch (InterruptedException e) {
                                running = false;
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }
                }
                dispatch(due);
            }
        }

        private void dispatch(Entry entry) {
            try {
                executor.execute(entry::runOnce);
            } catch (RejectedExecutionException e) {
                LOG.log(System.Logger.Level.WARNING, "the WorkManager refused a timer run; running it on the timer: {0}",
                        e.getMessage());
                entry.runOnce();
            }
        }

        @Override
        public void release() {
            stop();
        }

        @Override
        public String toString() {
            return "SMPP connector timer";
        }
    }
}
