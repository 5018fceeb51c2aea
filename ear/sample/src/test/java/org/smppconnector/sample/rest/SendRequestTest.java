package org.smppconnector.sample.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smppconnector.api.ReceiptRequest;
import org.smppconnector.api.SmsMessage;

class SendRequestTest {

    @Test
    void aFullBodyBecomesAMessageAskingForAReceipt() {
        SendRequest request = parse("{\"account\":\"acme\",\"from\":\"Shop\",\"to\":\"+45 1234 5678\",\"text\":\"Hi\"}");
        SmsMessage message = request.toMessage();

        assertEquals("acme", request.account());
        assertEquals("4512345678", message.destination().value());
        assertEquals("Shop", message.source().orElseThrow().value());
        assertEquals("Hi", message.text().orElseThrow());
        assertEquals(ReceiptRequest.SUCCESS_OR_FAILURE, message.receiptRequest());
    }

    @Test
    void onlyToAndTextAreRequired() {
        SendRequest request = parse("{\"to\":\"+4512345678\",\"text\":\"Hi\",\"receipt\":false}");
        SmsMessage message = request.toMessage();

        assertNull(request.account());
        assertTrue(message.source().isEmpty());
        assertEquals(ReceiptRequest.NONE, message.receiptRequest());
        assertFalse(request.receipt());
    }

    @Test
    void namesTheFieldAtFault() {
        assertField("to", "{\"text\":\"Hi\"}");
        assertField("to", "{\"to\":\"not a number\",\"text\":\"Hi\"}");
        assertField("from", "{\"from\":\"A name far too long\",\"to\":\"+4512345678\",\"text\":\"Hi\"}");
        assertField("text", "{\"to\":\"+4512345678\"}");
        assertField("text", "{\"to\":\"+4512345678\",\"text\":\"\"}");
        assertField("receipt", "{\"to\":\"+4512345678\",\"text\":\"Hi\",\"receipt\":\"yes\"}");
        assertField("to", "{\"to\":4512345678,\"text\":\"Hi\"}");
        assertField("account", "{\"account\":\" \",\"to\":\"+4512345678\",\"text\":\"Hi\"}");
        assertField("recipient", "{\"recipient\":\"+4512345678\",\"text\":\"Hi\"}");
    }

    @Test
    void theMessageNamesOurFieldNotTheConnectors() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> parse("{\"to\":\"abc\",\"text\":\"Hi\"}").toMessage());
        assertTrue(e.getMessage().startsWith("to "), e.getMessage());
    }

    @Test
    void aBodyThatIsNoJsonObjectIsRefusedWithoutAField() {
        for (String body : new String[] {"", "not json", "[1]", "{\"to\":"}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> parse(body), body);
            assertNull(e.field(), body);
        }
    }

    private static void assertField(String field, String body) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> parse(body).toMessage(), body);
        assertEquals(field, e.field(), body + ": " + e.getMessage());
    }

    private static SendRequest parse(String body) {
        return SendRequest.parse(JsonBodies.object(body, SendRequest.FIELDS));
    }
}
