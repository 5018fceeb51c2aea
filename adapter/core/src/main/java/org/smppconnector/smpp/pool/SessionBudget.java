package org.smppconnector.smpp.pool;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts an account's sessions, from the moment one starts connecting until it has closed,
 * so that no change (a bind rebuilt before the old one closes, a reconnect racing with it)
 * ever has more open than the provider's session cap.
 */
final class SessionBudget {

    private final AtomicInteger open = new AtomicInteger();

    /** A place for one more session if that stays within {@code cap}; null when there is none. */
    Lease tryTake(int cap) {
        for (;;) {
            int now = open.get();
            if (now >= cap) {
                return null;
            }
            if (open.compareAndSet(now, now + 1)) {
                return new Lease();
            }
        }
    }

    /** A place for a session the SMSC opened (an outbind): counted, never refused. */
    Lease take() {
        open.incrementAndGet();
        return new Lease();
    }

    /** Sessions counted now. */
    int open() {
        return open.get();
    }

    /** One session's place; given back once, however many times {@link #release()} is called. */
    final class Lease {
        private final AtomicBoolean released = new AtomicBoolean();

        void release() {
            if (released.compareAndSet(false, true)) {
                open.decrementAndGet();
            }
        }
    }
}
