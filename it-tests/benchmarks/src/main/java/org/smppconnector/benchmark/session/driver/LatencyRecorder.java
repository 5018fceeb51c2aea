package org.smppconnector.benchmark.session.driver;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.HdrHistogram.Histogram;

/**
 * Submit latencies of one run, in nanoseconds: one HdrHistogram per recording thread (no
 * contention on the measured path), merged at the end. Two significant digits (1 % resolution)
 * keep each thread's histogram at about 30 KB, which matters with hundreds of jSMPP threads.
 */
public final class LatencyRecorder {

    private static final long HIGHEST_NANOS = 60_000_000_000L;
    private static final int SIGNIFICANT_DIGITS = 2;

    private final Queue<Histogram> all = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Histogram> mine = ThreadLocal.withInitial(() -> {
        Histogram h = new Histogram(HIGHEST_NANOS, SIGNIFICANT_DIGITS);
        all.add(h);
        return h;
    });

    /** This thread's histogram, for a caller that records many values in a row. */
    public Histogram forThisThread() {
        return mine.get();
    }

    public void record(long nanos) {
        mine.get().recordValue(Math.min(Math.max(nanos, 0), HIGHEST_NANOS));
    }

    /** All threads' values; call once the run is complete (its completion is the happens-before edge). */
    public Histogram merged() {
        Histogram sum = new Histogram(HIGHEST_NANOS, SIGNIFICANT_DIGITS);
        for (Histogram h : all) {
            sum.add(h);
        }
        return sum;
    }
}
