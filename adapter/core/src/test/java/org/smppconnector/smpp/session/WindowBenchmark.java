package org.smppconnector.smpp.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.smppconnector.smpp.pool.BindSelector;
import org.smppconnector.smpp.pool.TokenBucket;
import org.smppconnector.smpp.pool.TransmitChannel;
import org.smppconnector.smpp.session.time.NanoClock;

/**
 * Not a test: rough throughput of the engine's hot-path pieces, by its own command.
 * <pre>
 *   ./mvnw -B -o -q -pl adapter/core test-compile
 *   java -cp adapter/core/target/classes:adapter/core/target/test-classes \
 *       org.smppconnector.smpp.session.WindowBenchmark
 * </pre>
 * Writes adapter/core/target/window-benchmark.txt (or the path given as the first argument).
 */
public final class WindowBenchmark {

    private static final long SECOND = 1_000_000_000L;
    private static volatile Object sink;

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "adapter/core/target/window-benchmark.txt");
        List<String> lines = new ArrayList<>();
        lines.add("Window hot path, " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            record("one thread: acquire + markWritten + complete, window 100", singleThread(100), lines, report);
            record("caller thread -> reader thread, window 10", pipeline(10), lines, report);
            record("caller thread -> reader thread, window 100", pipeline(100), lines, report);
            record("token bucket tryAcquire (never empty)", tokenBucket(), lines, report);
            record("bind selector over 4 binds on 2 hosts", selector(), lines, report);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private static void record(String what, double opsPerSecond, List<String> lines, boolean report) {
        if (report) {
            lines.add(String.format("%-64s %,14.0f ops/s", what, opsPerSecond));
        }
    }

    private static double singleThread(int size) throws InterruptedException {
        Window<Integer, Integer> window = new Window<>(size, NanoClock.SYSTEM);
        Integer request = 1;
        long ops = 0;
        long start = System.nanoTime();
        long end = start + SECOND;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1_000; i++) {
                InFlightRequest<Integer, Integer> entry = window.acquire(request, 10 * SECOND, 0);
                entry.markWritten();
                window.complete(entry.sequenceNumber(), request);
                sink = entry;
            }
            ops += 1_000;
        }
        return ops * (double) SECOND / (System.nanoTime() - start);
    }

    /** One caller acquires and hands sequence numbers over; one "reader" answers them in order. */
    private static double pipeline(int size) throws InterruptedException {
        Window<Integer, Integer> window = new Window<>(size, NanoClock.SYSTEM);
        int ringSize = 1 << 16;
        AtomicReferenceArray<Integer> handoff = new AtomicReferenceArray<>(ringSize);
        long total = 3_000_000;
        Thread reader = new Thread(() -> {
            long consumed = 0;
            while (consumed < total) {
                int index = (int) (consumed & (ringSize - 1));
                Integer seq = handoff.get(index);
                if (seq == null) {
                    Thread.onSpinWait();
                    continue;
                }
                handoff.lazySet(index, null);
                window.complete(seq, seq);
                consumed++;
            }
        }, "bench-reader");
        long start = System.nanoTime();
        reader.start();
        Integer request = 7;
        for (long i = 0; i < total; i++) {
            InFlightRequest<Integer, Integer> entry = window.acquire(request, 10 * SECOND, 10 * SECOND);
            entry.markWritten();
            int index = (int) (i & (ringSize - 1));
            while (handoff.get(index) != null) {
                Thread.onSpinWait();
            }
            handoff.lazySet(index, entry.sequenceNumber());
        }
        reader.join();
        return total * (double) SECOND / (System.nanoTime() - start);
    }

    private static double tokenBucket() {
        TokenBucket bucket = new TokenBucket(1e9, 1_000_000, NanoClock.SYSTEM);
        long ops = 0;
        long granted = 0;
        long start = System.nanoTime();
        long end = start + SECOND;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1_000; i++) {
                if (bucket.tryAcquire()) {
                    granted++;
                }
            }
            ops += 1_000;
        }
        sink = granted;
        return ops * (double) SECOND / (System.nanoTime() - start);
    }

    private static double selector() {
        List<TransmitChannel> binds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String host = i % 2 == 0 ? "a" : "b";
            int free = 10 + i % 2;
            binds.add(new TransmitChannel() {
                @Override
                public boolean isBound() {
                    return true;
                }

                @Override
                public int freeSlots() {
                    return free;
                }

                @Override
                public String host() {
                    return host;
                }
            });
        }
        BindSelector<TransmitChannel> selector = BindSelector.over(binds);
        long ops = 0;
        long start = System.nanoTime();
        long end = start + SECOND;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1_000; i++) {
                sink = selector.select();
            }
            ops += 1_000;
        }
        return ops * (double) SECOND / (System.nanoTime() - start);
    }
}
