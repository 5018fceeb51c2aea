package org.smppconnector.simulator.record;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets callers wait for a condition over the simulator's state without polling: every change
 * calls {@link #changed()}, which wakes the waiters. When nobody waits, a change costs one
 * volatile read, so the hot path can signal freely.
 */
public final class Signal {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition change = lock.newCondition();
    private final AtomicInteger waiters = new AtomicInteger();

    /** Called after every state change a waiter might be waiting for. */
    public void changed() {
        if (waiters.get() == 0) {
            return;
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
        // register before the first check, so that a change after the check finds us waiting
        waiters.incrementAndGet();
        lock.lock();
        try {
            long remaining = timeout.toNanos();
            while (true) {
                T result = value.get();
                if (result != null) {
                    return result;
                }
                if (remaining <= 0) {
                    throw new ConditionTimeoutException(description, timeout);
                }
                remaining = change.awaitNanos(remaining);
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
