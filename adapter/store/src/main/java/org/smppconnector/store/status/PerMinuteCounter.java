package org.smppconnector.store.status;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts events over the last minute, in one-second buckets, without a thread: each bucket
 * remembers its second and is reset when a new second reuses it. Cheap enough for the send
 * path (an array slot per call).
 */
public final class PerMinuteCounter {

    private static final int SECONDS = 60;

    private final Clock clock;
    private final AtomicLongArray counts = new AtomicLongArray(SECONDS);
    private final AtomicLongArray seconds = new AtomicLongArray(SECONDS);

    public PerMinuteCounter(Clock clock) {
        this.clock = clock;
        for (int i = 0; i < SECONDS; i++) {
            seconds.set(i, Long.MIN_VALUE);
        }
    }

    public void increment() {
        add(1);
    }

    public void add(long events) {
        long now = clock.millis() / 1000;
        int slot = (int) Math.floorMod(now, (long) SECONDS);
        long slotSecond = seconds.get(slot);
        if (slotSecond != now) {
            // A new second takes the slot over; of two racing threads one resets it, both count.
            if (seconds.compareAndSet(slot, slotSecond, now)) {
                counts.set(slot, 0);
            }
        }
        counts.addAndGet(slot, events);
    }

    /** Events in the last 60 seconds, this one included. */
    public int perMinute() {
        long now = clock.millis() / 1000;
        long sum = 0;
        for (int i = 0; i < SECONDS; i++) {
            long second = seconds.get(i);
            if (second > now - SECONDS && second <= now) {
                sum += counts.get(i);
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }
}
