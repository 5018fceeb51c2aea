package org.smppconnector.simulator.delivery;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** Deliveries an account has no session to receive, kept up to a cap. */
final class PendingDeliveries {
    private final ConcurrentLinkedDeque<Delivery> items = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    PendingDeliveries(int capacity) {
        this.capacity = capacity;
    }

    /** False when the queue is full and the delivery is not kept. */
    boolean offer(Delivery delivery) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        items.addLast(delivery);
        return true;
    }

    List<Delivery> drain() {
        List<Delivery> list = new ArrayList<>();
        Delivery next;
        while ((next = items.pollFirst()) != null) {
            size.decrementAndGet();
            list.add(next);
        }
        return list;
    }

    List<Delivery> expire(long maxAgeNanos) {
        List<Delivery> expired = new ArrayList<>();
        for (Iterator<Delivery> it = items.iterator(); it.hasNext(); ) {
            Delivery delivery = it.next();
            if (delivery.ageNanos() > maxAgeNanos && items.removeFirstOccurrence(delivery)) {
                size.decrementAndGet();
                expired.add(delivery);
            }
        }
        return expired;
    }

    int size() {
        return size.get();
    }
}
