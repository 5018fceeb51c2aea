package org.smppconnector.smpp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.session.time.ManualScheduler;

class TokenBucketTest {

    private static final long MS = 1_000_000L;
    private final ManualScheduler clock = new ManualScheduler();

    @Test
    void burstGoesAtOnceThenOnePermitPerInterval() {
        TokenBucket bucket = new TokenBucket(100, 3, clock);
        assertTrue(bucket.tryAcquire());
        assertTrue(bucket.tryAcquire());
        assertTrue(bucket.tryAcquire());
        assertFalse(bucket.tryAcquire(), "burst used up");

        clock.advance(9, TimeUnit.MILLISECONDS);
        assertFalse(bucket.tryAcquire());
        clock.advance(1, TimeUnit.MILLISECONDS);
        assertTrue(bucket.tryAcquire(), "one permit earned per 10 ms");
        assertFalse(bucket.tryAcquire());
    }

    @Test
    void aQuietSpellRefillsOnlyUpToTheBurst() {
        TokenBucket bucket = new TokenBucket(100, 3, clock);
        clock.advance(10, TimeUnit.SECONDS);
        int granted = 0;
        while (bucket.tryAcquire()) {
            granted++;
        }
        assertEquals(3, granted);
    }

    @Test
    void burstOfOneKeepsEveryWindowAtTheRatePlusOne() {
        TokenBucket bucket = new TokenBucket(50, 1, clock);
        List<Long> sent = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            if (bucket.tryAcquire()) {
                sent.add(clock.nanoTime());
            }
            clock.advance(1, TimeUnit.MILLISECONDS);
        }
        for (int i = 0; i < sent.size(); i++) {
            int inWindow = 0;
            for (int j = i; j < sent.size() && sent.get(j) - sent.get(i) < 1_000 * MS; j++) {
                inWindow++;
            }
            assertTrue(inWindow <= 51, "a one-second window held " + inWindow);
        }
        assertEquals(250, sent.size(), 1, "5 s at 50/s");
    }

    @Test
    void reserveSaysHowLongToWaitAndQueuesReservations() {
        TokenBucket bucket = new TokenBucket(100, 1, clock);
        assertEquals(0, bucket.reserve(0));
        assertEquals(10 * MS, bucket.reserve(50 * MS));
        assertEquals(20 * MS, bucket.reserve(50 * MS));
        assertEquals(-1, bucket.reserve(25 * MS), "the next permit is 30 ms away");
        assertEquals(30 * MS, bucket.reserve(30 * MS), "a refused reservation took nothing");
    }

    @Test
    void acquireWaitsOnTheClockWithinTheBound() throws InterruptedException {
        TokenBucket bucket = new TokenBucket(10, 1, clock);
        long start = clock.nanoTime();
        assertTrue(bucket.acquire(0));
        assertTrue(bucket.acquire(500 * MS));
        assertEquals(100 * MS, clock.nanoTime() - start, "waited for the second permit");
        assertFalse(bucket.acquire(50 * MS));
        assertEquals(100 * MS, clock.nanoTime() - start, "no wait when the permit is out of reach");
    }

    @Test
    void fractionalRates() {
        TokenBucket bucket = new TokenBucket(0.5, 1, clock);
        assertTrue(bucket.tryAcquire());
        clock.advance(1_999, TimeUnit.MILLISECONDS);
        assertFalse(bucket.tryAcquire());
        clock.advance(1, TimeUnit.MILLISECONDS);
        assertTrue(bucket.tryAcquire());
    }

    @Test
    void threadsRacingForPermitsGetExactlyTheBurst() throws InterruptedException {
        TokenBucket bucket = new TokenBucket(1_000, 64, clock);
        AtomicInteger granted = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 1_000; i++) {
                    if (bucket.tryAcquire()) {
                        granted.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(64, granted.get(), "time stood still: only the burst may be granted");
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, clock));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(Double.NaN, 1, clock));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(10, 0, clock));
    }
}
