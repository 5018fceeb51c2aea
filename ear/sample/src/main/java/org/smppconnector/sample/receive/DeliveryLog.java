package org.smppconnector.sample.receive;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.List;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.api.inbound.Receipt;

/**
 * What the message-driven bean received, kept in memory for the REST resource to show. A real
 * application records to its database; the idempotence rule is the same.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the books lock for themselves, briefly
public class DeliveryLog {

    /** Message ids whose receipts are kept: enough for a benchmark's run. */
    private static final int RECEIPT_CAPACITY = 200_000;
    private static final int INBOUND_CAPACITY = 1_000;

    private final ReceiptBook receipts = new ReceiptBook(RECEIPT_CAPACITY);
    private final InboundLog inbound = new InboundLog(INBOUND_CAPACITY);

    /** @return true when the receipt was new, false for a repeat of one recorded before */
    public boolean recordReceipt(Receipt receipt) {
        return receipts.record(receipt, Instant.now());
    }

    public void recordInbound(InboundMessage message) {
        inbound.record(message, Instant.now());
    }

    public List<RecordedReceipt> receiptsOf(String messageId) {
        return receipts.forMessage(messageId);
    }

    public List<RecordedReceipt> latestReceipts(int limit) {
        return receipts.latest(limit);
    }

    public List<RecordedInbound> latestInbound(int limit) {
        return inbound.latest(limit);
    }

    public Counts counts() {
        return new Counts(receipts.delivered(), receipts.recorded(), inbound.received());
    }

    /**
     * @param receiptsDelivered receipts delivered to the bean, repeats included
     * @param receiptsRecorded  distinct receipts recorded
     * @param inboundReceived   inbound messages delivered to the bean
     */
    public record Counts(long receiptsDelivered, long receiptsRecorded, long inboundReceived) {
    }
}
