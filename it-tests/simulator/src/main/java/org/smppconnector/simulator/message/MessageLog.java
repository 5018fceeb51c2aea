package org.smppconnector.simulator.message;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** The received messages, newest {@code capacity} kept; capacity 0 keeps none. */
public final class MessageLog {
    private final ConcurrentLinkedDeque<ReceivedMessage> messages = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    public MessageLog(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative message log capacity " + capacity);
        }
        this.capacity = capacity;
    }

    public boolean isEnabled() {
        return capacity > 0;
    }

    public void add(ReceivedMessage message) {
        if (capacity == 0) {
            return;
        }
        messages.addLast(message);
        if (size.incrementAndGet() > capacity && messages.pollFirst() != null) {
            size.decrementAndGet();
        }
    }

    public List<ReceivedMessage> snapshot() {
        return new ArrayList<>(messages);
    }

    public void clear() {
        while (messages.pollFirst() != null) {
            size.decrementAndGet();
        }
    }
}
