package org.smppconnector.simulator.record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The PDUs of one session in a lock-free ring: the newest {@code capacity} are kept, older
 * ones are overwritten. Capacity 0 records nothing (benchmarks).
 */
public final class PduLog {
    private final AtomicReferenceArray<PduRecord> slots;
    private final AtomicLong written = new AtomicLong();
    private final int capacity;

    public PduLog(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative PDU log capacity " + capacity);
        }
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(Math.max(capacity, 1));
    }

    public boolean isEnabled() {
        return capacity > 0;
    }

    public void add(PduRecord record) {
        if (capacity == 0) {
            return;
        }
        long index = written.getAndIncrement();
        slots.set((int) (index % capacity), record);
    }

    /** How many PDUs were ever recorded, including those the ring has since overwritten. */
    public long total() {
        return written.get();
    }

    /** The kept records, oldest first. */
    public List<PduRecord> snapshot() {
        long end = written.get();
        long start = Math.max(0, end - capacity);
        List<PduRecord> list = new ArrayList<>((int) (end - start));
        for (long i = start; i < end; i++) {
            PduRecord record = slots.get((int) (i % capacity));
            if (record != null) {
                list.add(record);
            }
        }
        return list;
    }
}
