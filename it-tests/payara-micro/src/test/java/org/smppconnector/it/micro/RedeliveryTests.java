package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.it.micro.app.FlakyReceiptBean;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.record.Counter;

/**
 * At-least-once receipts: an MDB that throws makes the adapter refuse the deliver_sm
 * (ESME_RX_T_APPN), the SMSC delivers the same receipt again, and the sample's MDB, which saw it
 * both times, has recorded it once.
 */
abstract class RedeliveryTests {

    @Test
    void aReceiptRefusedByOneMdbIsDeliveredAgainAndRecordedOnce() {
        SmscSimulator smsc = Simulators.get("generic");
        long nackedBefore = smsc.count(Counter.DELIVERIES_NACKED);
        String to = "+" + FlakyReceiptBean.FLAKY_PREFIX + "000001";

        String id = Sends.accepted("generic", to, "A receipt that is refused once", true, 1).messageIds().get(0);

        List<JsonObject> receipts = Sends.SAMPLE.awaitReceipts("generic", id,
                found -> found.stream().anyMatch(receipt -> receipt.getInt("deliveries") >= 2),
                "the receipt delivered twice");
        assertEquals(1, receipts.size(), () -> "recorded once: " + receipts);
        assertEquals("DELIVERED", receipts.get(0).getString("state"));
        assertEquals(2, receipts.get(0).getInt("deliveries"));
        assertTrue(smsc.count(Counter.DELIVERIES_NACKED) > nackedBefore, "the first delivery was refused");
    }
}
