package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smppconnector.simulator.InjectedMo;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;

/** Receipts and inbound messages reaching the sample's MDBs, through the adapter's receiving binds. */
abstract class ReceivingTests {

    /** A destination each provider takes. */
    private static final Map<String, String> DESTINATION = Map.of("mta", "+12125551234", "surem", "+821012345678");

    @ParameterizedTest
    @ValueSource(strings = {"generic", "mitto", "gatewayapi", "surem", "bulksms"})
    void theReceiptOfAMessageReachesTheMdb(String account) {
        String to = DESTINATION.getOrDefault(account, "+4512345678");
        String id = Sends.accepted(account, to, "Where is my receipt?", true, 1).messageIds().get(0);

        List<JsonObject> receipts = Sends.SAMPLE.awaitReceipts(account, id,
                found -> found.stream().anyMatch(receipt -> receipt.getString("state").equals("DELIVERED")),
                "a DELIVERED receipt");
        JsonObject delivered = receipts.stream()
                .filter(receipt -> receipt.getString("state").equals("DELIVERED")).findFirst().orElseThrow();
        assertTrue(delivered.getBoolean("final"));
        assertEquals(id, delivered.getString("messageId"));
    }

    @Test
    void theReceiptOfAMobileTextAlertsMessageReachesTheMdb() {
        theReceiptOfAMessageReachesTheMdb("mta");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UDH_8BIT", "UDH_16BIT", "SAR"})
    void anInboundMessageInPartsReachesTheMdbOnceWhole(String method) throws Exception {
        String text = "Inbound by " + method + ": " + "a message long enough to need more than one part. ".repeat(5);
        InjectedMo mo = Simulators.get("generic").injectMo(MoMessage.to("generic").from("4512345678")
                .toAddress("1234").text(text, Alphabet.GSM7).multipart(MultipartMethod.valueOf(method)).build());
        mo.acknowledged().get(20, TimeUnit.SECONDS);
        int parts = mo.parts().size();
        assertTrue(parts > 1, "the simulator sent it in parts");

        List<JsonObject> recorded = Poll.until("the inbound message in the sample", Duration.ofSeconds(10), () -> {
            List<JsonObject> found = Sends.SAMPLE.inbound().stream()
                    .filter(message -> text.equals(message.getString("text", null))).toList();
            return found.isEmpty() ? null : found;
        });
        assertEquals(1, recorded.size(), "recorded once");
        assertEquals(parts, recorded.get(0).getInt("parts"));
        assertEquals("generic", recorded.get(0).getString("account"));
        assertEquals("+4512345678", recorded.get(0).getString("from"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"surem", "mitto"})
    void aUcs2InboundMessageIsDecoded(String account) throws Exception {
        String text = "Ответ: да, спасибо " + account;
        Simulators.get(account).injectMo(MoMessage.to(account).from("4512345678").toAddress("1234")
                .text(text, Alphabet.UCS2).build()).acknowledged().get(20, TimeUnit.SECONDS);

        JsonObject recorded = Poll.until("the inbound message in the sample", Duration.ofSeconds(10),
                () -> Sends.SAMPLE.inbound().stream()
                        .filter(message -> text.equals(message.getString("text", null))).findFirst().orElse(null));
        assertEquals(account, recorded.getString("account"));
        assertEquals(8, recorded.getInt("dataCoding"));
    }
}
