package org.smppconnector.benchmark.session.driver;

import java.util.concurrent.atomic.AtomicLong;

/** The messages of one run still to be sent, shared by all of its sending threads and sessions. */
public final class Tickets {

    private final AtomicLong left;

    public Tickets(long count) {
        left = new AtomicLong(count);
    }

    /** Takes one message to send; false when none is left. */
    public boolean take() {
        return left.getAndDecrement() > 0;
    }

    /** Takes up to {@code max} messages; returns how many (0 when none is left). */
    public int take(int max) {
        while (true) {
            long now = left.get();
            if (now <= 0) {
                return 0;
            }
            int n = (int) Math.min(max, now);
            if (left.compareAndSet(now, now - n)) {
                return n;
            }
        }
    }
}
