package org.smppconnector.simulator.record;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets callers wait for a condition over the simulator's state without polling: every change
 * calls {@link #changed()}, which wakes the waiters. When nobody waits, a change costs one
 * atomic increment and one volatile read, so the hot path can signal freely.
 *
 * <p>Why no wake-up is lost: every change bumps {@link #generation}, and a waiter reads the
 * generation before it checks its condition and parks only while the generation is still the
 * one it read, all under the lock a signaller must take. A change either comes before that read
 * (the waiter sees the generation bumped, and with it the state the changer wrote before
 * bumping) or after it (the generation differs, so the waiter does not park; or it is already
 * parked and the changer, which then sees it registered, signals it). The state itself need not
 * be volatile: the bump is the release, the waiter's read of it the acquire.
 */
public final class Signal {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition change = lock.newCondition();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger waiters = new AtomicInteger();

    /** Called after every state change a waiter might be waiting for. */
    public void changed() {
        // an atomic read-modify-write: also orders the state written before it ahead of the waiters read below
        generation.incrementAndGet();
        if (waiters.get() == 0) {
            return; // a waiter registering from now on reads the new generation
        }
        lock.lock();
        try {
            change.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the condition holds.
     *
     * @throws ConditionTimeoutException naming the description when the timeout passes first
     */
    public void await(String description, Duration timeout, BooleanSupplier condition) {
        awaitValue(description, timeout, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** Waits until the supplier gives a non-null value, and returns it. */
    public <T> T awaitValue(String description, Duration timeout, Supplier<T> value) {
        long deadline = System.nanoTime() + timeout.toNanos();
        waiters.incrementAndGet(); // before the first generation read: a later change signals
        lock.lock();
        try {
            while (true) {
                long seen = generation.get(); // before the check: a change after it shows as a new generation
                T result = value.get();
                if (result != null) {
                    return result;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new ConditionTimeoutException(description, timeout);
                }
                while (generation.get() == seen && remaining > 0) { // parks only while nothing changed since the check
                    change.awaitNanos(remaining);
                    remaining = deadline - System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for: " + description, e);
        } finally {
            lock.unlock();
            waiters.decrementAndGet();
        }
    }
}
