package org.smppconnector.smpp.pool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Picks the transmitting bind for the next request: a bound one with the most room in its
 * window; among equals, round-robin, in an order that alternates hosts, so that equal binds on
 * two hosts take turns. Immutable over its binds (build a new one when they change);
 * thread-safe; a pick reads each bind's two fields and allocates nothing.
 */
public final class BindSelector<T extends TransmitChannel> {

    private final Object[] ring;
    private final AtomicInteger turn = new AtomicInteger();

    private BindSelector(List<T> ordered) {
        this.ring = ordered.toArray();
    }

    /** A selector over {@code channels}, reordered to alternate hosts (A1, B1, A2, B2, ...). */
    public static <T extends TransmitChannel> BindSelector<T> over(Collection<T> channels) {
        Map<String, List<T>> byHost = new LinkedHashMap<>();
        for (T channel : channels) {
            byHost.computeIfAbsent(channel.host(), h -> new ArrayList<>()).add(channel);
        }
        List<T> ordered = new ArrayList<>(channels.size());
        for (int round = 0; ordered.size() < channels.size(); round++) {
            for (List<T> hostChannels : byHost.values()) {
                if (round < hostChannels.size()) {
                    ordered.add(hostChannels.get(round));
                }
            }
        }
        return new BindSelector<>(ordered);
    }

    /**
     * The bound bind with the most free slots, or null when none is bound. When every bound
     * bind is full it still returns one (fairly), for the caller to wait on its window.
     */
    @SuppressWarnings("unchecked")
    public T select() {
        int n = ring.length;
        if (n <= 1) {
            T only = n == 0 ? null : (T) ring[0];
            return only != null && only.isBound() ? only : null; // no turn to take: spare the shared counter
        }
        int index = Integer.remainderUnsigned(turn.getAndIncrement(), n);
        T best = null;
        int bestFree = -1;
        for (int i = 0; i < n; i++) {
            T channel = (T) ring[index];
            if (++index == n) {
                index = 0;
            }
            if (channel.isBound()) {
                int free = channel.freeSlots();
                if (free > bestFree) {
                    best = channel;
                    bestFree = free;
                }
            }
        }
        return best;
    }

    /** The binds in the order the selector walks them. */
    @SuppressWarnings("unchecked")
    public List<T> channels() {
        List<T> list = new ArrayList<>(ring.length);
        for (Object o : ring) {
            list.add((T) o);
        }
        return List.copyOf(list);
    }
}
