package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SequenceCounterTest {

    @Test
    void startsAtOne() {
        assertEquals(List.of(1, 2, 3), take(new SequenceCounter(), 3));
    }

    @Test
    void wrapsFromTheLargestNumberToOneSkippingZero() {
        assertEquals(List.of(SequenceCounter.MAX - 1, SequenceCounter.MAX, 1, 2),
                take(new SequenceCounter(SequenceCounter.MAX - 2), 4));
    }

    @Test
    void neverHandsOutZeroOrANegativeNumberAcrossTheIntOverflow() {
        SequenceCounter counter = new SequenceCounter(-3);
        assertEquals(List.of(0x7FFFFFFE, 0x7FFFFFFF, 1, 2), take(counter, 4));
    }

    private static List<Integer> take(SequenceCounter counter, int n) {
        return IntStream.range(0, n).map(i -> counter.next()).boxed().toList();
    }
}
