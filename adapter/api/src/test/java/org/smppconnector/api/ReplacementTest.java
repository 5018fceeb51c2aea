package org.smppconnector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smppconnector.api.AddressDerivationTest.assertField;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplacementTest {

    @Test
    void keepsItsFieldsAndLeavesTheRestToTheOriginal() throws InvalidMessageException {
        Replacement replacement = Replacement.builder().text("new text").build();
        assertEquals("new text", replacement.text());
        assertEquals(Optional.empty(), replacement.source());
        assertEquals(Optional.empty(), replacement.validity());
        assertEquals(Optional.empty(), replacement.receiptRequest());

        Replacement full = Replacement.builder().source("55555").text("x").validity(Duration.ofHours(2))
                .receiptRequest(ReceiptRequest.FAILURE_ONLY).build();
        assertEquals(Optional.of(Address.shortCode("55555")), full.source());
        assertEquals(Optional.of(Validity.of(Duration.ofHours(2))), full.validity());
        assertEquals(Optional.of(ReceiptRequest.FAILURE_ONLY), full.receiptRequest());
    }

    @Test
    void isCheckedLikeAMessage() {
        assertField(InvalidMessageException.TEXT, "text is required", () -> Replacement.builder().build());
        assertField(InvalidMessageException.TEXT, "text is empty", () -> Replacement.builder().text("").build());
        assertField(InvalidMessageException.SOURCE, "source is a sender name of 12 characters",
                () -> Replacement.builder().source("TwelveChars!").text("x").build());
        assertField(InvalidMessageException.SOURCE, "source must be digits",
                () -> Replacement.builder().source(Address.of(Ton.NATIONAL, Npi.ISDN, "x1")).text("x").build());
        assertField(InvalidMessageException.VALIDITY, "validity must be at least one second",
                () -> Replacement.builder().text("x").validity(Duration.ZERO).build());
    }
}
