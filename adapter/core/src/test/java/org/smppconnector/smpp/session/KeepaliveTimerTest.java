package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.session.time.ManualScheduler;

class KeepaliveTimerTest {

    private static final long S = 1_000_000_000L;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Long> probes = new ArrayList<>();
    private final List<Long> deaths = new ArrayList<>();

    /** A fake link: answers probes when told to and records when the SMSC last heard from us. */
    private final class Link implements KeepaliveTimer.Listener {
        final Keepalive keepalive;
        boolean answers = true;
        long lastHeardBySmsc;

        Link(Keepalive keepalive) {
            this.keepalive = keepalive;
        }

        void send() {
            lastHeardBySmsc = scheduler.nanoTime();
            keepalive.trafficSent(lastHeardBySmsc);
        }

        @Override
        public void sendEnquireLink() {
            probes.add(scheduler.nanoTime());
            send();
            if (answers) {
                scheduler.schedule(() -> keepalive.trafficReceived(scheduler.nanoTime()), 50, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void linkDead() {
            deaths.add(scheduler.nanoTime());
        }
    }

    @Test
    void idleLinkGetsAnEnquireLinkEveryInterval() {
        Keepalive keepalive = new Keepalive(KeepaliveSettings.every(Duration.ofSeconds(30)));
        KeepaliveTimer timer = new KeepaliveTimer(keepalive, scheduler, new Link(keepalive));
        long start = scheduler.nanoTime();
        timer.start();

        scheduler.advance(Duration.ofSeconds(95));

        assertEquals(List.of(start + 30 * S, start + 60 * S, start + 90 * S), probes);
        assertTrue(deaths.isEmpty());
    }

    @Test
    void silentLinkIsDeclaredDeadOnceAndTheTimerStops() {
        Keepalive keepalive = new Keepalive(KeepaliveSettings.every(Duration.ofSeconds(30))
                .withResponseTimeout(Duration.ofSeconds(10)));
        Link link = new Link(keepalive);
        link.answers = false;
        KeepaliveTimer timer = new KeepaliveTimer(keepalive, scheduler, link);
        long start = scheduler.nanoTime();
        timer.start();

        scheduler.advance(Duration.ofMinutes(10));

        assertEquals(List.of(start + 30 * S), probes);
        assertEquals(List.of(start + 40 * S), deaths);
        assertEquals(0, scheduler.pendingTasks());
    }

    @Test
    void stoppedTimerLeavesNothingScheduled() {
        Keepalive keepalive = new Keepalive(KeepaliveSettings.DEFAULT);
        KeepaliveTimer timer = new KeepaliveTimer(keepalive, scheduler, new Link(keepalive));
        timer.start();
        timer.stop();
        scheduler.advance(Duration.ofMinutes(5));
        assertTrue(probes.isEmpty());
        assertEquals(0, scheduler.pendingTasks());
    }

    /**
     * Random traffic with long quiet spells, against an SMSC that closes sessions it has not
     * heard from in 120 s: with any interval under the limit, it never hears silence that long.
     */
    @Test
    void smscIdleLimitIsNeverTrippedWhateverTheTraffic() {
        Random random = new Random(42);
        long idleLimit = 120 * S;
        for (long intervalSeconds : new long[] {30, 60, 100, 119}) {
            Keepalive keepalive = new Keepalive(KeepaliveSettings.every(Duration.ofSeconds(intervalSeconds))
                    .withPeerIdleLimit(Duration.ofNanos(idleLimit)));
            Link link = new Link(keepalive);
            KeepaliveTimer timer = new KeepaliveTimer(keepalive, scheduler, link);
            timer.start();
            link.lastHeardBySmsc = scheduler.nanoTime();
            long longestSilence = 0;
            for (int step = 0; step < 2_000; step++) {
                long gapMillis = random.nextInt(10) < 7 ? random.nextInt(2_000) : random.nextInt(400_000);
                long stepEnd = scheduler.nanoTime() + gapMillis * 1_000_000L;
                // Advance in small stretches so the silence the SMSC sees is measured finely.
                while (scheduler.nanoTime() < stepEnd) {
                    scheduler.advance(Math.min(250_000_000L, stepEnd - scheduler.nanoTime()), TimeUnit.NANOSECONDS);
                    longestSilence = Math.max(longestSilence, scheduler.nanoTime() - link.lastHeardBySmsc);
                }
                if (random.nextBoolean()) {
                    link.send();
                } else {
                    keepalive.trafficReceived(scheduler.nanoTime());
                }
            }
            timer.stop();
            assertTrue(longestSilence < idleLimit,
                    "interval " + intervalSeconds + " s let the SMSC hear nothing for " + longestSilence / S + " s");
            assertTrue(deaths.isEmpty(), "a link that answers was declared dead");
        }
    }
}
