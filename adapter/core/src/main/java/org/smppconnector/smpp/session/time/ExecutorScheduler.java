package org.smppconnector.smpp.session.time;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A {@link Scheduler} on a {@link ScheduledExecutorService} that the caller owns and shuts down. */
public final class ExecutorScheduler implements Scheduler {

    private final ScheduledExecutorService executor;

    public ExecutorScheduler(ScheduledExecutorService executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public ScheduledTask schedule(Runnable task, long delay, TimeUnit unit) {
        Objects.requireNonNull(task, "task");
        return handle(executor.schedule(() -> TaskFailures.runGuarded(task), delay, unit));
    }

    @Override
    public ScheduledTask scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        Objects.requireNonNull(task, "task");
        return handle(executor.scheduleWithFixedDelay(
                () -> TaskFailures.runGuarded(task), initialDelay, delay, unit));
    }

    private static ScheduledTask handle(ScheduledFuture<?> future) {
        return () -> future.cancel(false);
    }
}
