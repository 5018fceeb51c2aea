package org.smppconnector.simulator.record;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Contention-free counters, one per {@link Counter}. */
public final class Counters {
    private final LongAdder[] adders = new LongAdder[Counter.values().length];

    public Counters() {
        for (int i = 0; i < adders.length; i++) {
            adders[i] = new LongAdder();
        }
    }

    public void increment(Counter counter) {
        adders[counter.ordinal()].increment();
    }

    public void add(Counter counter, long amount) {
        adders[counter.ordinal()].add(amount);
    }

    public long get(Counter counter) {
        return adders[counter.ordinal()].sum();
    }

    public Map<Counter, Long> snapshot() {
        Map<Counter, Long> map = new EnumMap<>(Counter.class);
        for (Counter counter : Counter.values()) {
            map.put(counter, get(counter));
        }
        return map;
    }
}
