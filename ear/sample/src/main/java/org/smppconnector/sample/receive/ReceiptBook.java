package org.smppconnector.sample.receive;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smppconnector.api.inbound.Receipt;

/**
 * The receipts recorded, by message id. Receipts come at least once: a receipt delivered again
 * (same account, message, state, error and done date) is counted on the record it made, not
 * recorded twice. Keeps the receipts of the newest {@code capacity} message ids. Thread-safe.
 */
public final class ReceiptBook {

    private static final int RECENT = 1_000;

    private final Map<String, List<Recorded>> byMessageId;
    private final Deque<Recorded> recent = new ArrayDeque<>();
    private long delivered;
    private long recorded;

    public ReceiptBook(int capacity) {
        this.byMessageId = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Recorded>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Records a delivered receipt.
     *
     * @return true when it was new, false when the same receipt was recorded before
     */
    public synchronized boolean record(Receipt receipt, Instant receivedAt) {
        delivered++;
        String messageId = receipt.messageId().orElse("");
        List<Recorded> entries = byMessageId.computeIfAbsent(messageId, id -> new ArrayList<>(2));
        for (Recorded entry : entries) {
            if (entry.sameReceipt(receipt)) {
                entry.deliveries++;
                return false;
            }
        }
        Recorded entry = new Recorded(receipt, receivedAt);
        entries.add(entry);
        recent.addLast(entry);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        recorded++;
        return true;
    }

    /** The distinct receipts of a message id, oldest first (on any account). */
    public synchronized List<RecordedReceipt> forMessage(String messageId) {
        List<Recorded> entries = byMessageId.getOrDefault(messageId, List.of());
        return entries.stream().map(Recorded::snapshot).toList();
    }

    /** The newest distinct receipts, oldest first. */
    public synchronized List<RecordedReceipt> latest(int limit) {
        List<RecordedReceipt> snapshot = new ArrayList<>(Math.min(limit, recent.size()));
        recent.stream().skip(Math.max(0, recent.size() - limit)).forEach(entry -> snapshot.add(entry.snapshot()));
        return snapshot;
    }

    /** Receipts delivered to the beans, repeats included. */
    public synchronized long delivered() {
        return delivered;
    }

    /** Distinct receipts recorded. */
    public synchronized long recorded() {
        return recorded;
    }

    /** A receipt as first recorded, and how often it came; mutated only under the book's lock. */
    private static final class Recorded {
        private final Receipt receipt;
        private final Instant receivedAt;
        private int deliveries = 1;

        Recorded(Receipt receipt, Instant receivedAt) {
            this.receipt = receipt;
            this.receivedAt = receivedAt;
        }

        boolean sameReceipt(Receipt other) {
            return receipt.account().equals(other.account())
                    && receipt.state() == other.state()
                    && Objects.equals(receipt.error(), other.error())
                    && Objects.equals(receipt.doneDate(), other.doneDate());
        }

        RecordedReceipt snapshot() {
            return new RecordedReceipt(receipt.account(), receipt.bindGroup(), receipt.messageId().orElse(null),
                    receipt.state(), receipt.isFinal(), receipt.error().orElse(null),
                    receipt.doneDate().orElse(null), receivedAt, deliveries);
        }
    }
}
