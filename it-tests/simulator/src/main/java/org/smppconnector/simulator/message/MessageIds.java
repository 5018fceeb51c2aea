package org.smppconnector.simulator.message;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique message ids: a decimal counter seeded from the start time, so that a restarted
 * simulator does not reuse the ids it gave before.
 */
public final class MessageIds {
    private final AtomicLong next = new AtomicLong(System.currentTimeMillis() % 1_000_000_000_000L * 1000);

    public String next() {
        return Long.toString(next.getAndIncrement());
    }
}
