package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.smpp.session.Keepalive.Action.LINK_DEAD;
import static org.smppconnector.smpp.session.Keepalive.Action.NOTHING;
import static org.smppconnector.smpp.session.Keepalive.Action.SEND_ENQUIRE_LINK;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeepaliveTest {

    private static final long S = 1_000_000_000L;
    private static final long T0 = -5_000 * S;

    private final Keepalive keepalive = new Keepalive(
            KeepaliveSettings.every(Duration.ofSeconds(30)).withResponseTimeout(Duration.ofSeconds(10)));

    @Test
    void idleLinkIsProbedAfterTheInterval() {
        keepalive.start(T0);
        assertEquals(NOTHING, keepalive.tick(T0 + 29 * S));
        assertEquals(SEND_ENQUIRE_LINK, keepalive.tick(T0 + 30 * S));
        assertTrue(keepalive.isProbeOutstanding());
    }

    @Test
    void trafficBothWaysPostponesTheProbe() {
        keepalive.start(T0);
        keepalive.trafficSent(T0 + 20 * S);
        keepalive.trafficReceived(T0 + 20 * S);
        assertEquals(NOTHING, keepalive.tick(T0 + 30 * S));
        assertEquals(20 * S, keepalive.nanosUntilNextTick(T0 + 30 * S));
        assertEquals(SEND_ENQUIRE_LINK, keepalive.tick(T0 + 50 * S));
    }

    @Test
    void onlyReceivingStillProbesSoTheSmscHearsFromUs() {
        keepalive.start(T0);
        for (int s = 5; s <= 30; s += 5) {
            keepalive.trafficReceived(T0 + s * S);
        }
        assertEquals(SEND_ENQUIRE_LINK, keepalive.tick(T0 + 30 * S), "nothing sent for 30 s");
    }

    @Test
    void onlySendingStillProbesToLearnTheLinkIsAlive() {
        keepalive.start(T0);
        keepalive.trafficSent(T0 + 29 * S);
        assertEquals(SEND_ENQUIRE_LINK, keepalive.tick(T0 + 30 * S), "nothing received for 30 s");
    }

    @Test
    void unansweredProbeDeclaresTheLinkDeadAfterTheResponseTimeout() {
        keepalive.start(T0);
        assertEquals(SEND_ENQUIRE_LINK, keepalive.tick(T0 + 30 * S));
        keepalive.trafficSent(T0 + 30 * S);
        assertEquals(10 * S, keepalive.nanosUntilNextTick(T0 + 30 * S));
        assertEquals(NOTHING, keepalive.tick(T0 + 39 * S));
        assertEquals(LINK_DEAD, keepalive.tick(T0 + 40 * S));
    }

    @Test
    void anythingReceivedAfterTheProbeAnswersIt() {
        keepalive.start(T0);
        keepalive.tick(T0 + 30 * S);
        keepalive.trafficReceived(T0 + 35 * S);
        assertEquals(NOTHING, keepalive.tick(T0 + 40 * S));
        assertFalse(keepalive.isProbeOutstanding());
    }

    @Test
    void aProbeDecisionCountsAsSentSoTicksDoNotRepeatIt() {
        keepalive.start(T0);
        assertEquals(SEND_ENQUIRE_LINK, keepalive.tick(T0 + 30 * S));
        assertEquals(NOTHING, keepalive.tick(T0 + 30 * S), "no second probe in the same instant");
        assertTrue(keepalive.nanosUntilNextTick(T0 + 30 * S) > 0, "a zero delay would spin the timer");
    }

    @Test
    void longResponseTimeoutStillFeedsTheSmscIdleTimer() {
        Keepalive patient = new Keepalive(KeepaliveSettings.every(Duration.ofSeconds(30))
                .withResponseTimeout(Duration.ofSeconds(90)).withPeerIdleLimit(Duration.ofSeconds(120)));
        patient.start(T0);
        assertEquals(SEND_ENQUIRE_LINK, patient.tick(T0 + 30 * S));
        assertEquals(30 * S, patient.nanosUntilNextTick(T0 + 30 * S));
        assertEquals(SEND_ENQUIRE_LINK, patient.tick(T0 + 60 * S), "probe again while the first is unanswered");
        assertEquals(LINK_DEAD, patient.tick(T0 + 120 * S), "dead counts from the first unanswered probe");
    }

    @Test
    void restartForgetsTheOldLink() {
        keepalive.start(T0);
        keepalive.tick(T0 + 30 * S);
        keepalive.start(T0 + 100 * S);
        assertFalse(keepalive.isProbeOutstanding());
        assertEquals(NOTHING, keepalive.tick(T0 + 129 * S));
    }
}
