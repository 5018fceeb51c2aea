package org.smppconnector.sample.receive;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.smppconnector.api.inbound.InboundMessage;

/** The newest inbound (mobile-originated) messages received, up to a capacity. Thread-safe. */
public final class InboundLog {

    private final int capacity;
    private final Deque<RecordedInbound> messages = new ArrayDeque<>();
    private long received;

    public InboundLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void record(InboundMessage message, Instant receivedAt) {
        received++;
        messages.addLast(new RecordedInbound(message.account(), message.bindGroup(),
                message.source().toString(), message.destination().toString(), message.text().orElse(null),
                message.partCount(), message.dataCoding(), receivedAt));
        if (messages.size() > capacity) {
            messages.removeFirst();
        }
    }

    /** The newest messages, oldest first. */
    public synchronized List<RecordedInbound> latest(int limit) {
        return new ArrayList<>(messages).subList(Math.max(0, messages.size() - limit), messages.size());
    }

    /** Messages delivered to the beans since the start, repeats included. */
    public synchronized long received() {
        return received;
    }
}
