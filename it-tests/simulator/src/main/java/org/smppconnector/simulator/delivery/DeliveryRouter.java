package org.smppconnector.simulator.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Counters;
import org.smppconnector.simulator.record.Signal;

/**
 * Sends each delivery to one of its account's receiving sessions, by the profile's routing,
 * keeps those no session can take yet (up to a cap, for a retention time), and sends again
 * what was not acknowledged with ESME_ROK.
 */
public final class DeliveryRouter implements DeliveryOutcomes {
    private final ChannelDirectory directory;
    private final DeliveryRouting receiptRouting;
    private final DeliveryRouting moRouting;
    private final int pendingCapacity;
    private final long retentionNanos;
    private final long retryDelayNanos;
    private final ScheduledExecutorService timer;
    private final Counters counters;
    private final Signal signal;
    private final Map<String, PendingDeliveries> pending = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

    public DeliveryRouter(ChannelDirectory directory, DeliveryRouting receiptRouting, DeliveryRouting moRouting,
                          int pendingCapacity, Duration retention, Duration retryDelay,
                          ScheduledExecutorService timer, Counters counters, Signal signal) {
        this.directory = directory;
        this.receiptRouting = receiptRouting;
        this.moRouting = moRouting;
        this.pendingCapacity = pendingCapacity;
        this.retentionNanos = retention.toNanos();
        this.retryDelayNanos = retryDelay.toNanos();
        this.timer = timer;
        this.counters = counters;
        this.signal = signal;
    }

    /** Routes the delivery now, or keeps it until a session of its account can receive it. */
    public void deliver(Delivery delivery) {
        DeliveryChannel channel = choose(delivery);
        if (channel != null) {
            channel.window().offer(delivery);
            signal.changed();
            return;
        }
        PendingDeliveries queue = pending.computeIfAbsent(delivery.systemId(), id -> new PendingDeliveries(pendingCapacity));
        if (!queue.offer(delivery)) {
            discard(delivery, "the account's queue of " + pendingCapacity + " undelivered is full");
        }
        signal.changed();
    }

    /** A session that can receive just bound: give it (or its group) what was waiting. */
    public void channelReady(DeliveryChannel channel) {
        PendingDeliveries queue = pending.get(channel.systemId());
        if (queue != null) {
            queue.drain().forEach(this::deliver);
        }
    }

    /** A session went away: what it still held goes to the account's other sessions, or waits. */
    public void channelClosed(DeliveryChannel channel) {
        channel.window().close().forEach(this::deliver);
    }

    /** Gives up on unanswered deliver_sm and forgets deliveries kept beyond the retention. */
    public void sweep(long ackTimeoutNanos, List<DeliveryChannel> channels) {
        for (DeliveryChannel channel : channels) {
            channel.window().expire(ackTimeoutNanos);
        }
        pending.values().forEach(queue -> queue.expire(retentionNanos)
                .forEach(delivery -> discard(delivery, "kept longer than the retention")));
    }

    /** How many deliveries of the account wait for a receiving session. */
    public int pending(String systemId) {
        PendingDeliveries queue = pending.get(systemId);
        return queue == null ? 0 : queue.size();
    }

    @Override
    public void written(Delivery delivery) {
        counters.increment(delivery.kind() == Delivery.Kind.RECEIPT ? Counter.RECEIPTS_SENT : Counter.MO_SENT);
        if (delivery.attempts() > 1) {
            counters.increment(Counter.DELIVERIES_RETRIED);
        }
        signal.changed();
    }

    @Override
    public void acknowledged(Delivery delivery) {
        counters.increment(delivery.kind() == Delivery.Kind.RECEIPT
                ? Counter.RECEIPTS_ACKNOWLEDGED : Counter.MO_ACKNOWLEDGED);
        delivery.markAcknowledged();
        signal.changed();
    }

    @Override
    public void failed(Delivery delivery, String reason, boolean timedOut, int commandStatus) {
        if (timedOut) {
            counters.increment(Counter.DELIVERIES_TIMED_OUT);
        } else if (commandStatus > 0) {
            counters.increment(Counter.DELIVERIES_NACKED);
        }
        signal.changed();
        try {
            timer.schedule(() -> deliver(delivery), retryDelayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            delivery.markDiscarded("simulator stopped");
        }
    }

    private DeliveryChannel choose(Delivery delivery) {
        List<DeliveryChannel> receiving = directory.receiving(delivery.systemId());
        if (receiving.isEmpty()) {
            return null;
        }
        DeliveryRouting routing = delivery.kind() == Delivery.Kind.RECEIPT ? receiptRouting : moRouting;
        if (routing == DeliveryRouting.BIND_GROUP) {
            String group = delivery.targetGroup() != null ? delivery.targetGroup() : "0";
            DeliveryChannel latest = null;
            for (DeliveryChannel channel : receiving) {
                if (channel.bindGroup().equals(group) && (latest == null || channel.bindOrder() > latest.bindOrder())) {
                    latest = channel;
                }
            }
            return latest;
        }
        if (routing == DeliveryRouting.SUBMITTER_FIRST && delivery.originSessionId() != null) {
            DeliveryChannel origin = directory.find(delivery.originSessionId());
            if (origin != null && origin.canReceive()) {
                return origin;
            }
        }
        int turn = turns.computeIfAbsent(delivery.systemId(), id -> new AtomicInteger()).getAndIncrement();
        return receiving.get(Math.floorMod(turn, receiving.size()));
    }

    private void discard(Delivery delivery, String reason) {
        counters.increment(Counter.DELIVERIES_DISCARDED);
        delivery.markDiscarded(reason);
        signal.changed();
    }
}
