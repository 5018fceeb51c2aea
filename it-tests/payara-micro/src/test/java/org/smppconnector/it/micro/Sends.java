package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.message.ReceivedMessage;

/** Sending through the sample and finding what the simulator received. */
final class Sends {

    static final SampleClient SAMPLE = SampleClient.onReservedPort();

    private Sends() {
    }

    /**
     * Sends once the account can: answers 503 (no bind yet, as just after a start or a restart)
     * are asked again until the deadline; the first other answer is returned.
     */
    static SampleClient.Answer whenBound(String account, String to, String text, boolean receipt) {
        return Poll.until(account + " sending (not 503)", Duration.ofSeconds(30), () -> {
            SampleClient.Answer answer = SAMPLE.send(account, to, text, receipt);
            return answer.status() == 503 ? null : answer;
        });
    }

    /** Sends and asserts the 201 with as many message ids as parts. */
    static SampleClient.Answer accepted(String account, String to, String text, boolean receipt, int parts) {
        SampleClient.Answer answer = whenBound(account, to, text, receipt);
        assertEquals(201, answer.status(), () -> account + ": " + answer.body());
        assertEquals(parts, answer.messageIds().size(), () -> account + ": " + answer.body());
        return answer;
    }

    /** The message the account's simulator received with this message id (of any of its parts). */
    static ReceivedMessage received(String account, String messageId) {
        SmscSimulator smsc = Simulators.get(account);
        return Poll.until("message " + messageId + " at the " + account + " simulator", Duration.ofSeconds(10),
                () -> smsc.messages(account).stream()
                        .filter(message -> message.messageIds().contains(messageId))
                        .findFirst().orElse(null));
    }
}
