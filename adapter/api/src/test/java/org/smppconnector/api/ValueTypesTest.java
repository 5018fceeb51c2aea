package org.smppconnector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The enums carry the SMPP 3.4 values; results keep what the SMSC answered. */
class ValueTypesTest {

    @Test
    void typesOfNumberAreTheSmpp34Table() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), codes(Ton.values(), Ton::code));
        for (Ton ton : Ton.values()) {
            assertEquals(Optional.of(ton), Ton.fromCode(ton.code()));
        }
        assertEquals(Optional.empty(), Ton.fromCode(7));
    }

    @Test
    void numberingPlansAreTheSmpp34Table() {
        assertEquals(List.of(0, 1, 3, 4, 6, 8, 9, 10, 14, 18), codes(Npi.values(), Npi::code));
        for (Npi npi : Npi.values()) {
            assertEquals(Optional.of(npi), Npi.fromCode(npi.code()));
        }
        assertEquals(Optional.empty(), Npi.fromCode(2));
    }

    @Test
    void messageStatesAreTheMessageStateCodesWithTheirFinality() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), codes(MessageState.values(), MessageState::code));
        List<MessageState> finalStates = Arrays.stream(MessageState.values()).filter(MessageState::isFinal).toList();
        assertEquals(List.of(MessageState.DELIVERED, MessageState.EXPIRED, MessageState.DELETED,
                MessageState.UNDELIVERABLE, MessageState.REJECTED, MessageState.SKIPPED), finalStates);
        assertEquals(Optional.of(MessageState.REJECTED), MessageState.fromCode(8));
        assertEquals(Optional.empty(), MessageState.fromCode(10));
    }

    @Test
    void receiptRequestsAndPrioritiesAreTheirFieldValues() {
        assertEquals(List.of(0, 1, 2), codes(ReceiptRequest.values(), ReceiptRequest::registeredDelivery));
        assertEquals(List.of(0, 1, 2, 3), codes(Priority.values(), Priority::level));
    }

    @Test
    void aSubmitResultHasTheIdOfEachPartInOrder() {
        SubmitResult single = SubmitResult.of("abc");
        assertEquals("abc", single.messageId());
        assertEquals(1, single.partCount());
        assertFalse(single.isMultipart());

        List<String> ids = new ArrayList<>(List.of("p1", "p2", "p3"));
        SubmitResult split = new SubmitResult(ids);
        ids.clear();
        assertEquals(List.of("p1", "p2", "p3"), split.messageIds());
        assertEquals("p1", split.messageId());
        assertEquals(3, split.partCount());
        assertTrue(split.isMultipart());
        assertThrows(UnsupportedOperationException.class, () -> split.messageIds().add("p4"));
        assertThrows(IllegalArgumentException.class, () -> new SubmitResult(List.of()));
    }

    @Test
    void aQueryResultKeepsStateDateAndError() {
        OffsetDateTime done = OffsetDateTime.parse("2025-06-01T12:00:00+02:00");
        QueryResult delivered = new QueryResult("abc", MessageState.DELIVERED, done, 0);
        assertEquals(Optional.of(done), delivered.finalDate());
        assertEquals(MessageState.DELIVERED, delivered.state());
        QueryResult enroute = new QueryResult("abc", MessageState.ENROUTE, null, 0);
        assertEquals(Optional.empty(), enroute.finalDate());
        assertEquals(new QueryResult("abc", MessageState.ENROUTE, null, 0), enroute);
        assertThrows(IllegalArgumentException.class, () -> new QueryResult("abc", MessageState.UNKNOWN, null, 256));
    }

    private static <T> List<Integer> codes(T[] values, java.util.function.ToIntFunction<T> code) {
        return Arrays.stream(values).map(code::applyAsInt).collect(Collectors.toList());
    }
}
