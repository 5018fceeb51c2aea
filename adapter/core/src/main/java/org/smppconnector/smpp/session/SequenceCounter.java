package org.smppconnector.smpp.session;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * SMPP sequence numbers: 1 up to 0x7FFFFFFF, then 1 again (0 and the top bit are never used).
 * Thread-safe and lock-free. {@link Window} skips the numbers still in flight.
 */
public final class SequenceCounter {

    public static final int MAX = 0x7FFFFFFF;

    private final AtomicInteger last;

    public SequenceCounter() {
        this(0);
    }

    /** Continues after {@code last}: the first number handed out is {@code last + 1} (wrapped). */
    public SequenceCounter(int last) {
        this.last = new AtomicInteger(last);
    }

    public int next() {
        for (;;) {
            int sequence = last.incrementAndGet() & MAX;
            if (sequence != 0) {
                return sequence;
            }
        }
    }
}
