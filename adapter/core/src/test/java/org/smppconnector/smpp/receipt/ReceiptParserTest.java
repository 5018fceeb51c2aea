package org.smppconnector.smpp.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReceiptParserTest {

    private static final String GATEWAYAPI_UNDELIV =
            "id:1390125333 sub:001 dlvrd:000 submit date:2011181145 done date:2011181145 stat:UNDELIV err:019 text:ref";
    private static final String HEX_DEC_RECEIPT =
            "id:662316 sub:001 dlvrd:001 submit date:2401021530 done date:2401021531 stat:DELIVRD err:000 text:hi";

    private final ReceiptParser lenient = ReceiptParser.lenient();

    @Test
    void textOnlyReceiptSaysItsSourcesAreTheText() {
        DeliveryReceipt receipt = lenient.parse(GATEWAYAPI_UNDELIV);
        assertEquals("1390125333", receipt.messageId());
        assertEquals(Source.TEXT, receipt.messageIdSource());
        assertEquals(MessageState.UNDELIVERABLE, receipt.state());
        assertEquals(Source.TEXT, receipt.stateSource());
        assertEquals(Optional.of(Source.TEXT), receipt.errorSource());
        assertEquals("019", receipt.text().err());
        assertTrue(receipt.isFinal());
        assertEquals(List.of(), receipt.problems());
    }

    @Test
    void tlvIdWinsOverTheTextAndTheTextIdIsKept() {
        DeliveryReceipt receipt = lenient.parse(HEX_DEC_RECEIPT, ReceiptTlvs.of("0A1B2C", null, null));
        assertEquals("0A1B2C", receipt.messageId());
        assertEquals(Source.TLV, receipt.messageIdSource());
        assertEquals("662316", receipt.text().id());
        assertEquals(Source.TEXT, receipt.stateSource());
    }

    @Test
    void tlvStateWinsAndADisagreementIsReported() {
        DeliveryReceipt receipt = lenient.parse(GATEWAYAPI_UNDELIV, ReceiptTlvs.of(null, 2, null));
        assertEquals(MessageState.DELIVERED, receipt.state());
        assertEquals(Source.TLV, receipt.stateSource());
        assertEquals(MessageState.UNDELIVERABLE, receipt.text().state());
        assertEquals(Set.of(ReceiptField.STATE), fields(receipt.problems()));
    }

    @Test
    void unknownTlvStateFallsBackToTheText() {
        DeliveryReceipt receipt = lenient.parse(GATEWAYAPI_UNDELIV, ReceiptTlvs.of(null, 42, null));
        assertEquals(MessageState.UNDELIVERABLE, receipt.state());
        assertEquals(Source.TEXT, receipt.stateSource());
        assertTrue(receipt.problems().get(0).detail().contains("42"), receipt.problems().toString());
    }

    @Test
    void emptyTlvIdFallsBackToTheText() {
        DeliveryReceipt receipt = lenient.parse(GATEWAYAPI_UNDELIV, ReceiptTlvs.of("", null, null));
        assertEquals("1390125333", receipt.messageId());
        assertEquals(Source.TEXT, receipt.messageIdSource());
        assertEquals(Set.of(ReceiptField.MESSAGE_ID), fields(receipt.problems()));
    }

    @Test
    void tlvOnlyReceiptWithEmptyText() {
        DeliveryReceipt receipt = lenient.parse("", ReceiptTlvs.of("abc-1", 3, new byte[] {3, 0, 27}));
        assertEquals("abc-1", receipt.messageId());
        assertEquals(MessageState.EXPIRED, receipt.state());
        assertEquals(Source.TLV, receipt.stateSource());
        assertEquals(new NetworkErrorCode(3, 27), receipt.networkErrorCode());
        assertEquals(Optional.of(Source.TLV), receipt.errorSource());
        assertNull(receipt.text().id());
        assertEquals(List.of(), receipt.problems());
    }

    @Test
    void networkErrorTlvIsPreferredToErr() {
        DeliveryReceipt receipt = lenient.parse(GATEWAYAPI_UNDELIV, ReceiptTlvs.of(null, null, new byte[] {8, 0x10, 0x13}));
        assertEquals(Optional.of(Source.TLV), receipt.errorSource());
        assertEquals(0x1013, receipt.networkErrorCode().errorCode());
        assertEquals("019", receipt.text().err());
    }

    @Test
    void noErrorAnywhere() {
        assertEquals(Optional.empty(), lenient.parse("id:1 stat:ENROUTE").errorSource());
    }

    @Test
    void neitherIdNorStateIsAnErrorNamingBoth() {
        String mo = "Hello, are you there? See you at 10:30";
        ReceiptParseException error = assertThrows(ReceiptParseException.class, () -> lenient.parse(mo));
        assertEquals(Set.of(ReceiptField.MESSAGE_ID, ReceiptField.STATE), error.missing());
        assertEquals(mo, error.shortMessage());
        assertTrue(error.getMessage().contains("MESSAGE_ID: missing"), error.getMessage());
        assertTrue(error.getMessage().contains("STATE: missing"), error.getMessage());
        assertTrue(error.getMessage().contains(mo), error.getMessage());
    }

    @Test
    void unknownStatWithoutIdIsAnError() {
        ReceiptParseException error = assertThrows(ReceiptParseException.class,
                () -> lenient.parse("sub:001 dlvrd:000 stat:NOROUTE err:000"));
        assertEquals(Set.of(ReceiptField.MESSAGE_ID, ReceiptField.STATE), error.missing());
    }

    @Test
    void leniencyKeepsAnIdWithoutAState() {
        DeliveryReceipt receipt = lenient.parse("id:1009 sub:001 dlvrd:000 stat:NOROUTE err:000");
        assertEquals("1009", receipt.messageId());
        assertNull(receipt.state());
        assertNull(receipt.stateSource());
        assertEquals("NOROUTE", receipt.text().stat());
        assertFalse(receipt.isFinal());
        assertEquals(Set.of(ReceiptField.STATE), fields(receipt.problems()));
    }

    @Test
    void leniencyKeepsAStateWithoutAnId() {
        DeliveryReceipt receipt = lenient.parse("sub:001 dlvrd:001 stat:DELIVRD err:000");
        assertNull(receipt.messageId());
        assertEquals(MessageState.DELIVERED, receipt.state());
        assertEquals(Optional.empty(), receipt.matchKey(MessageIdNormalization.AS_IS));
    }

    @Test
    void strictRejectsAMissingState() {
        ReceiptParseException error = assertThrows(ReceiptParseException.class,
                () -> ReceiptParser.strict().parse("id:1009 stat:NOROUTE"));
        assertEquals(Set.of(ReceiptField.STATE), error.missing());
    }

    @Test
    void strictRejectsAnyOddity() {
        ReceiptParseException error = assertThrows(ReceiptParseException.class,
                () -> ReceiptParser.strict().parse("id:1 stat:DELIVRD err:000 mcc:234"));
        assertEquals(Set.of(), error.missing());
        assertEquals(Set.of(ReceiptField.ERROR), fields(error.problems()));
    }

    @Test
    void strictAcceptsAWellFormedReceipt() {
        assertEquals("1390125333", ReceiptParser.strict().parse(GATEWAYAPI_UNDELIV).messageId());
    }

    @Test
    void readsOctetsOneCharacterEach() {
        byte[] octets = (GATEWAYAPI_UNDELIV.replace("text:ref", "text:caf\u00e9") + "\0")
                .getBytes(StandardCharsets.ISO_8859_1);
        DeliveryReceipt receipt = lenient.parse(octets, ReceiptTlvs.NONE);
        assertEquals("1390125333", receipt.messageId());
        assertEquals("caf\u00e9", receipt.text().text());
    }

    @Test
    void tlvIdIsKeyedInTheSubmitResponseForm() {
        MessageIdNormalization form = MessageIdNormalization.HEX_TO_DECIMAL;
        String submission = form.submitResponseKey("0A1B2C");
        DeliveryReceipt fromText = lenient.parse(HEX_DEC_RECEIPT);
        DeliveryReceipt fromTlv = lenient.parse(HEX_DEC_RECEIPT, ReceiptTlvs.of("0A1B2C", null, null));
        assertEquals(Optional.of(submission), fromText.matchKey(form));
        assertEquals(Optional.of(submission), fromTlv.matchKey(form));
    }

    @Test
    void acceptedIsNotFinalSoALaterDeliveredCounts() {
        assertFalse(lenient.parse("id:7 stat:ACCEPTD").isFinal());
        assertFalse(lenient.parse("id:7 stat:ENROUTE").isFinal());
        assertTrue(lenient.parse("id:7 stat:DELIVRD").isFinal());
    }

    private static Set<ReceiptField> fields(List<ReceiptProblem> problems) {
        return problems.stream().map(ReceiptProblem::field).collect(Collectors.toSet());
    }
}
