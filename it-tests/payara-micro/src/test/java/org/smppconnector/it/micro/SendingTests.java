package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * Sending through the sample's EJB and the injected factory, on every provider profile. Each
 * simulator enforces its provider's rules and refuses what breaks them, so a message it
 * accepted and reassembled to the same text was sent by the rules.
 */
abstract class SendingTests {

    private static final String GSM_LONG = "The quick brown fox jumps over the lazy dog, again and again. ".repeat(4).trim();
    private static final String CYRILLIC_LONG = "Съешь же ещё этих мягких французских булок, да выпей чаю. ".repeat(3).trim();

    @Test
    void plainTextGoesOutAsOneGsm7Part() {
        String id = Sends.accepted("generic", "+4512345678", "Hello from the sample", false, 1).messageIds().get(0);

        ReceivedMessage message = Sends.received("generic", id);
        assertEquals("Hello from the sample", message.text());
        assertEquals(0, message.dataCoding());
        assertEquals("4512345678", message.destination());
        assertEquals(1, message.destTon());
        assertEquals(List.of(id), message.messageIds());
    }

    @Test
    void longTextGoesOutInPartsThatTheSmscReassembles() {
        SampleClient.Answer answer = Sends.accepted("generic", "+4512345678", GSM_LONG, false, 2);

        ReceivedMessage message = Sends.received("generic", answer.messageIds().get(0));
        assertEquals(GSM_LONG, message.text());
        assertTrue(message.complete());
        assertEquals(answer.messageIds(), message.messageIds());
    }

    @Test
    void textOutsideGsm7GoesOutAsUcs2() {
        String text = "Привет, мир";
        String id = Sends.accepted("generic", "+4512345678", text, false, 1).messageIds().get(0);

        ReceivedMessage message = Sends.received("generic", id);
        assertEquals(text, message.text());
        assertEquals(8, message.dataCoding());
    }

    @Test
    void mittoTakesUcs2PartsOfAtMost67Characters() {
        // 173 characters: three parts of at most 67 (Mitto refuses longer ones)
        SampleClient.Answer answer = Sends.accepted("mitto", "+4512345678", CYRILLIC_LONG, false, 3);

        ReceivedMessage message = Sends.received("mitto", answer.messageIds().get(0));
        assertEquals(CYRILLIC_LONG, message.text());
        assertEquals(8, message.dataCoding());
        assertTrue(message.method().usesUdh(), message.method()::toString);
    }

    @Test
    void gatewayApiTakesInternationalNumbersAndLongText() {
        SampleClient.Answer answer = Sends.accepted("gatewayapi", "+4512345678", GSM_LONG, false, 2);

        ReceivedMessage message = Sends.received("gatewayapi", answer.messageIds().get(0));
        assertEquals(GSM_LONG, message.text());
        assertTrue(message.destTon() == 0 || message.destTon() == 1, () -> "TON " + message.destTon());
    }

    @Test
    void mobileTextAlertsIsBoundOverTls() {
        List<SimulatedSession> bound = Simulators.get("mta").awaitBound("mta", 1, Duration.ofSeconds(30));
        assertTrue(bound.stream().allMatch(session -> session.endpoint().tls()), "every bind of mta is over TLS");
    }

    @Test
    void mobileTextAlertsIsReachedOverTlsWithE164Destinations() {
        String id = Sends.accepted("mta", "+12125551234", "Your code is 483920", false, 1).messageIds().get(0);

        ReceivedMessage message = Sends.received("mta", id);
        assertEquals("Your code is 483920", message.text());
        assertEquals(1, message.destTon());
        assertEquals(1, message.destNpi());
        assertTrue(Simulators.get("mta").boundSessions("mta").stream()
                .allMatch(session -> session.endpoint().tls()), "every bind of mta is over TLS");
    }

    @Test
    void sureMTakesKorean() {
        String text = "안녕하세요, 주문하신 상품이 발송되었습니다";
        String id = Sends.accepted("surem", "+821012345678", text, false, 1).messageIds().get(0);

        ReceivedMessage message = Sends.received("surem", id);
        assertEquals(text, message.text());
        assertTrue(message.dataCoding() == 8 || message.dataCoding() == 14, () -> "data_coding " + message.dataCoding());
    }

    @Test
    void bulkSmsSplitsGsm7ByUdh() {
        SampleClient.Answer answer = Sends.accepted("bulksms", "+4512345678", GSM_LONG, false, 2);
        ReceivedMessage message = Sends.received("bulksms", answer.messageIds().get(0));
        assertEquals(GSM_LONG, message.text());
        assertTrue(message.method() == MultipartMethod.UDH_8BIT || message.method() == MultipartMethod.UDH_16BIT,
                message.method()::toString);
    }

    @Test
    void bulkSmsRefusesLongUcs2BeforeSending() {
        long received = Simulators.get("bulksms").messages("bulksms").size();
        SampleClient.Answer refused = Sends.whenBound("bulksms", "+4512345678", CYRILLIC_LONG, false);
        assertEquals(400, refused.status(), refused.body()::toString);
        assertEquals("text", refused.body().getString("field"), refused.body()::toString);
        assertEquals(received, Simulators.get("bulksms").messages("bulksms").size(), "nothing was sent");
    }

    @Test
    void invalidInputIsRefusedNamingTheField() {
        SampleClient.Answer badNumber = Sends.SAMPLE.post("messages", "{\"to\": \"not a number\", \"text\": \"Hi\"}");
        assertEquals(400, badNumber.status());
        assertEquals("to", badNumber.body().getString("field"));

        SampleClient.Answer noText = Sends.SAMPLE.post("messages", "{\"to\": \"+4512345678\"}");
        assertEquals(400, noText.status());
        assertEquals("text", noText.body().getString("field"));

        SampleClient.Answer unknownAccount = Sends.SAMPLE.send("nobody", "+4512345678", "Hi", false);
        assertEquals(400, unknownAccount.status(), unknownAccount.body()::toString);
        assertEquals("account", unknownAccount.body().getString("field"));
    }
}
