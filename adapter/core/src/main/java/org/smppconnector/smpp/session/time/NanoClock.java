package org.smppconnector.smpp.session.time;

import java.util.concurrent.locks.LockSupport;

/**
 * A monotonic time source in nanoseconds, and a way to wait on it. The engine reads time only
 * through this, so tests drive it by hand and never sleep.
 */
@FunctionalInterface
public interface NanoClock {

    /** {@link System#nanoTime()}. */
    NanoClock SYSTEM = System::nanoTime;

    /** The current time; only differences between two readings mean anything. */
    long nanoTime();

    /**
     * Waits until this clock has advanced by at least {@code nanos}. A manual clock advances
     * itself instead of blocking.
     */
    default void sleepNanos(long nanos) throws InterruptedException {
        long deadline = nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - nanoTime()) {
            LockSupport.parkNanos(this, left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
