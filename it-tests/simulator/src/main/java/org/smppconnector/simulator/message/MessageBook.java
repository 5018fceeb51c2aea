package org.smppconnector.simulator.message;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The tracked messages by id, the newest {@code capacity} kept, without a global lock. */
public final class MessageBook {
    private final Map<String, TrackedMessage> byId = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    public MessageBook(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the message book must hold at least one message");
        }
        this.capacity = capacity;
    }

    public void add(TrackedMessage message) {
        byId.put(message.messageId(), message);
        order.add(message.messageId());
        if (size.incrementAndGet() > capacity) {
            String oldest = order.poll();
            if (oldest != null) {
                byId.remove(oldest);
                size.decrementAndGet();
            }
        }
    }

    /** The message, or null when unknown or forgotten. */
    public TrackedMessage find(String messageId) {
        return messageId == null ? null : byId.get(messageId);
    }
}
