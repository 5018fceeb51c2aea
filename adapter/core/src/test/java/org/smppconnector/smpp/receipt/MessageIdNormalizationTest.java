package org.smppconnector.smpp.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageIdNormalizationTest {

    @ParameterizedTest(name = "{0}: resp {1} vs receipt {2} -> {3}")
    @CsvSource({
        "AS_IS, 12345, 12345, true",
        "AS_IS, 012345, 12345, false",
        "AS_IS, a1b2, A1B2, false",
        "HEX_TO_DECIMAL, 0A1B2C, 662316, true",
        "HEX_TO_DECIMAL, 0a1b2c, 0000662316, true",
        "HEX_TO_DECIMAL, 0A1B2C, 0A1B2C, false",
        "HEX_TO_DECIMAL, 10, 10, false",
        "HEX_TO_DECIMAL, 10, 16, true",
        "HEX_TO_DECIMAL, FFFFFFFFFFFFFFFFFFFF, 1208925819614629174706175, true",
        "HEX_TO_DECIMAL, msg-7, msg-7, true",
        "HEX_TO_DECIMAL, msg-7, msg-8, false",
        "DECIMAL_TO_HEX, 662316, 0A1B2C, true",
        "DECIMAL_TO_HEX, 662316, a1b2c, true",
        "DECIMAL_TO_HEX, 662316, 662316, false",
        "STRIP_LEADING_ZEROS, 0000012345, 12345, true",
        "STRIP_LEADING_ZEROS, 000, 0, true",
        "STRIP_LEADING_ZEROS, 0A1B, A1B, true",
        "STRIP_LEADING_ZEROS, 0A1B, a1b, false",
        "STRIP_LEADING_ZEROS, 10, 1, false",
        "CASE_INSENSITIVE, a1b2c3, A1B2C3, true",
        "CASE_INSENSITIVE, 0a1b, a1b, false"})
    void bothSidesMeetOnOneKey(MessageIdNormalization form, String responseId, String receiptId,
                               boolean sameMessage) {
        assertEquals(sameMessage, form.submitResponseKey(responseId).equals(form.receiptKey(receiptId)));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
        "HEX_TO_DECIMAL, 0A1B2C, 662316, 662316, 662316",
        "DECIMAL_TO_HEX, 0000662316, 0A1B2C, 662316, 662316",
        "HEX_TO_DECIMAL, -5, +5, -5, +5",
        "HEX_TO_DECIMAL, '', '', '', ''",
        "STRIP_LEADING_ZEROS, 0000, 007, 0, 7",
        "CASE_INSENSITIVE, abc-d, ABC-d, ABC-D, ABC-D"})
    void keys(MessageIdNormalization form, String responseId, String receiptId,
              String responseKey, String receiptKey) {
        assertEquals(responseKey, form.submitResponseKey(responseId));
        assertEquals(receiptKey, form.receiptKey(receiptId));
    }
}
