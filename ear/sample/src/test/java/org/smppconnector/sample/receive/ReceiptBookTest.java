package org.smppconnector.sample.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.inbound.Receipt;

class ReceiptBookTest {

    private static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");
    private static final LocalDateTime DONE = LocalDateTime.of(2025, 1, 1, 10, 0);

    @Test
    void aReceiptDeliveredAgainIsRecordedOnceAndCounted() {
        ReceiptBook book = new ReceiptBook(10);

        assertTrue(book.record(receipt("acme", "17", MessageState.DELIVERED), AT));
        assertFalse(book.record(receipt("acme", "17", MessageState.DELIVERED), AT.plusSeconds(1)));

        List<RecordedReceipt> recorded = book.forMessage("17");
        assertEquals(1, recorded.size());
        assertEquals(2, recorded.get(0).deliveries());
        assertEquals(AT, recorded.get(0).receivedAt());
        assertEquals(2, book.delivered());
        assertEquals(1, book.recorded());
    }

    @Test
    void differentStatesOfOneMessageAreEachRecordedInArrivalOrder() {
        ReceiptBook book = new ReceiptBook(10);
        book.record(receipt("acme", "17", MessageState.DELIVERED), AT);
        book.record(receipt("acme", "17", MessageState.ENROUTE), AT);

        List<RecordedReceipt> recorded = book.forMessage("17");
        assertEquals(List.of(MessageState.DELIVERED, MessageState.ENROUTE),
                recorded.stream().map(RecordedReceipt::state).toList());
        assertTrue(recorded.get(0).isFinal());
        assertFalse(recorded.get(1).isFinal());
    }

    @Test
    void theSameIdOnTwoAccountsIsTwoReceipts() {
        ReceiptBook book = new ReceiptBook(10);
        assertTrue(book.record(receipt("acme", "1", MessageState.DELIVERED), AT));
        assertTrue(book.record(receipt("other", "1", MessageState.DELIVERED), AT));

        assertEquals(List.of("acme", "other"), book.forMessage("1").stream().map(RecordedReceipt::account).toList());
    }

    @Test
    void keepsTheNewestMessageIdsUpToItsCapacity() {
        ReceiptBook book = new ReceiptBook(2);
        for (int id = 1; id <= 3; id++) {
            book.record(receipt("acme", String.valueOf(id), MessageState.DELIVERED), AT);
        }
        assertEquals(List.of(), book.forMessage("1"));
        assertEquals(1, book.forMessage("3").size());
        assertEquals(List.of("2", "3"), book.latest(2).stream().map(RecordedReceipt::messageId).toList());
        assertEquals(List.of("1", "2", "3"), book.latest(5).stream().map(RecordedReceipt::messageId).toList());
    }

    private static Receipt receipt(String account, String messageId, MessageState state) {
        return Receipt.builder()
                .account(account)
                .bindGroup("default")
                .source(Address.international("4512345678"))
                .destination(Address.alphanumeric("Shop"))
                .messageId(messageId)
                .state(state)
                .error("000")
                .doneDate(DONE)
                .build();
    }
}
