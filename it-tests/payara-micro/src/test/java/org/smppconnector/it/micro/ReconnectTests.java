package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;

/** The SMSC dies and comes back; the adapter binds again by itself, with no redeploy. */
abstract class ReconnectTests {

    @Test
    void afterTheSmscIsKilledAndRestartedTheAdapterBindsAgainAndSends() {
        Sends.accepted("generic", "+4512345678", "Before the SMSC dies", false, 1);

        Simulators.kill("generic");
        Poll.until("sending to fail while the SMSC is down", Duration.ofSeconds(10),
                () -> Sends.SAMPLE.send("generic", "+4512345678", "While it is down", false).status() == 503);

        SmscSimulator restarted = Simulators.start("generic");
        restarted.awaitBound("generic", Duration.ofSeconds(30));
        String id = Sends.accepted("generic", "+4512345678", "After it came back", false, 1).messageIds().get(0);

        assertEquals("After it came back", Sends.received("generic", id).text());
    }
}
