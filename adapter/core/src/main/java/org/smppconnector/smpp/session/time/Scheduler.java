package org.smppconnector.smpp.session.time;

import java.util.concurrent.TimeUnit;

/**
 * Delayed and periodic work for the engine: window expiry sweeps, keepalive ticks, reconnect
 * delays. Implementations run tasks on threads they were given (never their own), and keep a
 * periodic task going when one run throws: a failed keepalive tick must not end keepalive.
 *
 * <ul>
 *   <li>{@link ExecutorScheduler}: a {@link java.util.concurrent.ScheduledExecutorService}
 *       (tests, benchmarks, standalone use);</li>
 *   <li>{@link TimerScheduler}: a {@link java.util.Timer} such as a JCA BootstrapContext's
 *       {@code createTimer()}, handing each run to an executor (the WorkManager).</li>
 * </ul>
 */
public interface Scheduler extends NanoClock {

    /** Runs {@code task} once, {@code delay} from now (at once when not positive). */
    ScheduledTask schedule(Runnable task, long delay, TimeUnit unit);

    /**
     * Runs {@code task} first after {@code initialDelay}, then {@code delay} after the end of
     * each run, until cancelled. Runs of one task never overlap.
     */
    ScheduledTask scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit);
}
