package org.smppconnector.smpp.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReferenceAllocatorTest {

    @Test
    void eightBitReferencesWrapFrom255To0() {
        ReferenceAllocator references = new ReferenceAllocator(10, () -> 254);
        assertEquals(254, references.next("a", ConcatenationMethod.UDH_8BIT_REFERENCE));
        assertEquals(255, references.next("a", ConcatenationMethod.UDH_8BIT_REFERENCE));
        assertEquals(0, references.next("a", ConcatenationMethod.UDH_8BIT_REFERENCE));
        assertEquals(1, references.next("a", ConcatenationMethod.UDH_8BIT_REFERENCE));
    }

    @Test
    void sixteenBitReferencesWrapFrom65535To0() {
        ReferenceAllocator references = new ReferenceAllocator(10, () -> 65534);
        assertEquals(65534, references.next("a", ConcatenationMethod.UDH_16BIT_REFERENCE));
        assertEquals(65535, references.next("a", ConcatenationMethod.SAR_TLV));
        assertEquals(0, references.next("a", ConcatenationMethod.UDH_16BIT_REFERENCE));
    }

    @Test
    void eachDestinationHasItsOwnSequence() {
        AtomicInteger starts = new AtomicInteger(100);
        ReferenceAllocator references = new ReferenceAllocator(10, () -> starts.getAndAdd(100));
        assertEquals(100, references.next("a", 256));
        assertEquals(200, references.next("b", 256));
        assertEquals(101, references.next("a", 256));
        assertEquals(201, references.next("b", 256));
    }

    @Test
    void forgetsTheLeastRecentlyUsedDestinationBeyondItsBound() {
        AtomicInteger starts = new AtomicInteger(0);
        ReferenceAllocator references = new ReferenceAllocator(2, () -> starts.getAndAdd(10));
        assertEquals(0, references.next("a", 65536));
        assertEquals(10, references.next("b", 65536));
        assertEquals(1, references.next("a", 65536)); // a is now the most recent
        assertEquals(20, references.next("c", 65536)); // b is forgotten
        assertEquals(2, references.next("a", 65536));
        assertEquals(30, references.next("b", 65536)); // starts afresh
    }

    @Test
    void concurrentCallersNeverGetTheSameReference() throws Exception {
        ReferenceAllocator references = new ReferenceAllocator(10, () -> 12345);
        int threads = 8;
        int each = 65536 / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<int[]> task = () -> {
                    start.await();
                    int[] got = new int[each];
                    for (int i = 0; i < each; i++) {
                        got[i] = references.next("+4512345678", ConcatenationMethod.UDH_16BIT_REFERENCE);
                    }
                    return got;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            BitSet seen = new BitSet(65536);
            for (Future<int[]> result : results) {
                for (int reference : result.get(30, TimeUnit.SECONDS)) {
                    assertEquals(false, seen.get(reference), "reference " + reference + " handed out twice");
                    seen.set(reference);
                }
            }
            assertEquals(65536, seen.cardinality());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesMethodsAndModuliWithoutReferences() {
        ReferenceAllocator references = new ReferenceAllocator();
        assertThrows(IllegalArgumentException.class, () -> references.next("a", ConcatenationMethod.MESSAGE_PAYLOAD));
        assertThrows(IllegalArgumentException.class, () -> references.next("a", 100));
        int random = references.next("a", ConcatenationMethod.UDH_8BIT_REFERENCE);
        assertEquals(true, random >= 0 && random < 256);
    }
}
