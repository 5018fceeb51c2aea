package org.smppconnector.simulator.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.smppconnector.simulator.text.Concatenation;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * Collects the parts of multipart messages until each is whole. Parts of one message are
 * matched by account, addresses, method, reference and part count; a repeated part replaces
 * the earlier copy.
 */
public final class Reassembler {
    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();

    private record Key(String systemId, String source, String destination, MultipartMethod method,
                       int reference, int total) {
    }

    /** A part still waiting for the others, with the submission that carried the first one. */
    public static final class Pending {
        private final long createdNanos = System.nanoTime();
        private final MessagePart[] parts;
        private final Submission first;
        private final Content firstContent;
        private int received;

        Pending(int total, Submission first, Content firstContent) {
            this.parts = new MessagePart[total];
            this.first = first;
            this.firstContent = firstContent;
        }

        public Submission first() {
            return first;
        }

        public Content firstContent() {
            return firstContent;
        }

        /** The parts received so far, in part order. */
        public synchronized List<MessagePart> parts() {
            List<MessagePart> list = new ArrayList<>();
            for (MessagePart part : parts) {
                if (part != null) {
                    list.add(part);
                }
            }
            return list;
        }

        synchronized boolean add(MessagePart part) {
            int slot = part.partNumber() - 1;
            if (parts[slot] == null) {
                received++;
            }
            parts[slot] = part;
            return received == parts.length;
        }
    }

    /**
     * Adds a part and returns its message's pending state when this part completed it (the
     * caller then builds the message), else null.
     */
    public Pending add(Submission submission, Content content, MessagePart part) {
        Concatenation c = Objects.requireNonNull(content.concatenation(), "not a part");
        Key key = new Key(submission.systemId(), submission.source(), submission.destination(),
                c.method(), c.reference(), c.total());
        Pending entry = pending.computeIfAbsent(key, k -> new Pending(c.total(), submission, content));
        if (entry.add(part) && pending.remove(key, entry)) {
            return entry;
        }
        return null;
    }

    /** Removes and returns the messages whose first part came longer ago than {@code maxAgeNanos}. */
    public List<Pending> expire(long maxAgeNanos) {
        long now = System.nanoTime();
        List<Pending> expired = new ArrayList<>();
        pending.forEach((key, entry) -> {
            if (now - entry.createdNanos > maxAgeNanos && pending.remove(key, entry)) {
                expired.add(entry);
            }
        });
        return expired;
    }

    public int pendingCount() {
        return pending.size();
    }

    @Override
    public String toString() {
        return "Reassembler" + Arrays.toString(pending.keySet().toArray());
    }
}
