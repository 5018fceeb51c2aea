package org.smppconnector.simulator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class GroupCommitOutputStreamTest {
    /** A socket stand-in whose first write blocks until released, as a slow system call would. */
    private static final class HeldSink extends OutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(int b) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            written.write(b, off, len);
            if (calls.incrementAndGet() == 1) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void whatQueuesDuringAWriteGoesOutInTheNextOne() throws Exception {
        HeldSink sink = new HeldSink();
        GroupCommitOutputStream out = new GroupCommitOutputStream(sink);
        Thread first = new Thread(() -> {
            try {
                out.write(unit(0, 0));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        first.start();
        assertTrue(sink.entered.await(10, TimeUnit.SECONDS));
        List<Thread> others = writers(out, 4, 25, 1);
        for (Thread other : others) {
            other.join(); // they return at once: the first thread is writing
        }
        sink.release.countDown();
        first.join();
        assertEquals(2, sink.calls.get(), "one write for the first unit, one for the 100 queued behind it");
        assertEquals(101, check(sink.written.toByteArray(), 5));
    }

    @Test
    void manyThreadsWholeUnitsInEachThreadsOrder() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        GroupCommitOutputStream out = new GroupCommitOutputStream(sink);
        for (Thread writer : writers(out, 8, 2_000, 0)) {
            writer.join();
        }
        assertEquals(16_000, check(sink.toByteArray(), 8));
    }

    private static List<Thread> writers(GroupCommitOutputStream out, int threads, int perThread, int firstThread) {
        List<Thread> writers = new ArrayList<>();
        for (int t = firstThread; t < firstThread + threads; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < perThread; i++) {
                        out.write(unit(thread, i));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writers.add(writer);
            writer.start();
        }
        return writers;
    }

    /** A 12-octet unit: its length, the writing thread, its counter. */
    private static byte[] unit(int thread, int counter) {
        return ByteBuffer.allocate(12).putInt(12).putInt(thread).putInt(counter).array();
    }

    /** Checks that no unit was cut or interleaved and each thread's are in order; returns the count. */
    private static int check(byte[] written, int threads) {
        ByteBuffer all = ByteBuffer.wrap(written);
        int[] next = new int[threads];
        int count = 0;
        while (all.hasRemaining()) {
            assertEquals(12, all.getInt(), "units are never interleaved");
            int thread = all.getInt();
            assertEquals(next[thread]++, all.getInt(), "each thread's units in its own order");
            count++;
        }
        return count;
    }

    @Test
    void whileQueuedRunsInWireOrder() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        GroupCommitOutputStream out = new GroupCommitOutputStream(sink);
        List<Integer> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int unit = i;
            out.write(new byte[] {(byte) i}, 0, 1, () -> recorded.add(unit));
        }
        assertEquals(List.of(0, 1, 2), recorded);
        assertEquals(3, sink.size(), "a lone writer writes at once, no flush needed");
    }

    @Test
    void aFailedWriteFailsTheStreamForGood() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("reset");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("reset");
            }
        };
        GroupCommitOutputStream out = new GroupCommitOutputStream(broken);
        assertEquals("reset", assertThrows(IOException.class, () -> out.write(new byte[] {1})).getMessage());
        assertTrue(assertThrows(IOException.class, () -> out.write(new byte[] {2})).getMessage()
                .contains("failed earlier"));
    }
}
