package org.smppconnector.smpp.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageStateTest {

    @ParameterizedTest(name = "{0} = {1} = {2}")
    @CsvSource({
        "SCHEDULED, 0, SCHEDULED",
        "ENROUTE, 1, ENROUTE",
        "DELIVERED, 2, DELIVRD",
        "EXPIRED, 3, EXPIRED",
        "DELETED, 4, DELETED",
        "UNDELIVERABLE, 5, UNDELIV",
        "ACCEPTED, 6, ACCEPTD",
        "UNKNOWN, 7, UNKNOWN",
        "REJECTED, 8, REJECTD",
        "SKIPPED, 9, SKIPPED"})
    void mapsCodesAndReceiptWordsBothWays(MessageState state, int code, String word) {
        assertEquals(code, state.code());
        assertEquals(word, state.receiptText());
        assertEquals(Optional.of(state), MessageState.fromCode(code));
        assertEquals(Optional.of(state), MessageState.fromReceiptText(word));
        assertEquals(Optional.of(state), MessageState.fromReceiptText(state.name()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "delivrd, DELIVERED",
        "' Delivrd ', DELIVERED",
        "DELIVERD, DELIVERED",
        "UNDELIVERED, UNDELIVERABLE",
        "FAILED, UNDELIVERABLE",
        "BUFFRED, ENROUTE",
        "BUFFERD, ENROUTE",
        "buffered, ENROUTE",
        "ACKED, ACCEPTED",
        "accepted, ACCEPTED",
        "REJECTED, REJECTED"})
    void readsVariantsSeenInTheWild(String word, MessageState expected) {
        assertEquals(Optional.of(expected), MessageState.fromReceiptText(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NOROUTE", "DELIV", "2", "DELIVRD!"})
    void knowsNoOtherWord(String word) {
        assertEquals(Optional.empty(), MessageState.fromReceiptText(word));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10, 255})
    void knowsNoOtherCode(int code) {
        assertEquals(Optional.empty(), MessageState.fromCode(code));
    }

    @Test
    void finalStatesAreTheOutcomesNoLaterReceiptChanges() {
        Set<MessageState> finals = Arrays.stream(MessageState.values())
                .filter(MessageState::isFinal).collect(Collectors.toSet());
        assertEquals(EnumSet.of(MessageState.DELIVERED, MessageState.EXPIRED, MessageState.DELETED,
                MessageState.UNDELIVERABLE, MessageState.REJECTED, MessageState.SKIPPED), finals);
    }

    @ParameterizedTest
    @EnumSource(MessageState.class)
    void receiptWordsFitTheSeven(MessageState state) {
        assertTrue(state == MessageState.SCHEDULED || state.receiptText().length() == 7,
                state + " is written as " + state.receiptText());
    }
}
