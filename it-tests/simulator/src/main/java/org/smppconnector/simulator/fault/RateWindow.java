package org.smppconnector.simulator.fault;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counts events per one-second window, without locks, to enforce a TPS limit. */
public final class RateWindow {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicInteger count = new AtomicInteger();

    /** Counts one event and tells whether it is within {@code limit} events this second. */
    public boolean tryAcquire(int limit) {
        long now = System.nanoTime();
        long start = windowStart.get();
        if (now - start >= SECOND && windowStart.compareAndSet(start, now)) {
            count.set(0);
        }
        return count.incrementAndGet() <= limit;
    }
}
