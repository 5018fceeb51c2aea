package org.smppconnector.smpp.session.time;

import java.util.Objects;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Scheduler} on a {@link Timer}, the timer a JCA container hands out
 * ({@code BootstrapContext.createTimer()}). The timer thread only hands each run to
 * {@code executor} (the WorkManager), so slow tasks never delay other timers. Periodic tasks
 * re-arm after each run ends, so runs never overlap however long the executor takes.
 * {@link Timer} counts in wall-clock milliseconds: delays are rounded up, never down.
 */
public final class TimerScheduler implements Scheduler {

    private final Timer timer;
    private final Executor executor;

    /** Runs tasks on the timer's own thread: only for tasks that are short and never block. */
    public TimerScheduler(Timer timer) {
        this(timer, Runnable::run);
    }

    public TimerScheduler(Timer timer, Executor executor) {
        this.timer = Objects.requireNonNull(timer, "timer");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public ScheduledTask schedule(Runnable task, long delay, TimeUnit unit) {
        Objects.requireNonNull(task, "task");
        Run run = new Run(task, -1);
        run.arm(unit.toNanos(delay));
        return run;
    }

    @Override
    public ScheduledTask scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        Objects.requireNonNull(task, "task");
        if (delay <= 0) {
            throw new IllegalArgumentException("delay must be positive: " + delay);
        }
        Run run = new Run(task, unit.toNanos(delay));
        run.arm(unit.toNanos(initialDelay));
        return run;
    }

    private static long toMillisRoundingUp(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    /** One scheduled task; a periodic one arms a fresh TimerTask after each run. */
    private final class Run implements ScheduledTask {
        private final Runnable task;
        private final long periodNanos;
        private volatile boolean cancelled;
        private volatile TimerTask armed;

        Run(Runnable task, long periodNanos) {
            this.task = task;
            this.periodNanos = periodNanos;
        }

        void arm(long delayNanos) {
            TimerTask timerTask = new TimerTask() {
                @Override
                public void run() {
                    executor.execute(Run.this::runOnce);
                }
            };
            armed = timerTask;
            timer.schedule(timerTask, toMillisRoundingUp(delayNanos));
        }

        private void runOnce() {
            if (cancelled) {
                return;
            }
            TaskFailures.runGuarded(task);
            if (periodNanos > 0 && !cancelled) {
                arm(periodNanos);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            TimerTask current = armed;
            if (current != null) {
                current.cancel();
            }
        }
    }
}
