package org.smppconnector.smpp.split;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * Hands out concatenation reference numbers per destination: consecutive messages to one
 * destination get consecutive numbers, wrapping at 256 (8-bit) or 65536 (16-bit). A destination
 * not seen lately starts at a random number, so that a restart does not reuse the references of
 * parts a handset may still hold. Remembers the most recently used destinations up to a bound.
 * Thread-safe.
 */
public final class ReferenceAllocator {

    private final Map<String, int[]> lastByDestination;
    private final IntSupplier firstReference;

    /** Remembers up to 100,000 destinations; new ones start at a random reference. */
    public ReferenceAllocator() {
        this(100_000, () -> ThreadLocalRandom.current().nextInt(0x10000));
    }

    /**
     * @param maxDestinations how many destinations to remember (least recently used are forgotten)
     * @param firstReference the reference a destination not remembered starts at (taken modulo 65536)
     */
    public ReferenceAllocator(int maxDestinations, IntSupplier firstReference) {
        if (maxDestinations < 1) {
            throw new IllegalArgumentException("must remember at least one destination, not " + maxDestinations);
        }
        this.firstReference = Objects.requireNonNull(firstReference, "firstReference");
        this.lastByDestination = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
                return size() > maxDestinations;
            }
        };
    }

    /** The next reference for {@code destination} in 0..modulus-1 of the method. */
    public int next(String destination, ConcatenationMethod method) {
        if (method.referenceModulus() == 0) {
            throw new IllegalArgumentException(method + " uses no reference number");
        }
        return next(destination, method.referenceModulus());
    }

    /**
     * The next reference for {@code destination}, in 0..modulus-1.
     *
     * @param modulus 256 for an 8-bit reference, 65536 for a 16-bit one
     */
    public int next(String destination, int modulus) {
        if (modulus != 256 && modulus != 65536) {
            throw new IllegalArgumentException("modulus must be 256 or 65536, was " + modulus);
        }
        Objects.requireNonNull(destination, "destination");
        int reference;
        synchronized (lastByDestination) {
            int[] last = lastByDestination.get(destination);
            if (last == null) {
                last = new int[] {firstReference.getAsInt() & 0xFFFF};
                lastByDestination.put(destination, last);
            } else {
                last[0] = (last[0] + 1) & 0xFFFF;
            }
            reference = last[0];
        }
        return reference & (modulus - 1);
    }
}
