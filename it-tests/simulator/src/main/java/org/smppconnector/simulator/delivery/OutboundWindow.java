package org.smppconnector.simulator.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * The deliver_sm of one session: at most {@code size} unacknowledged at a time, the rest
 * queued, so that the SMSC pauses when the ESME stops answering (as GatewayAPI does). Its
 * sequence numbers come from a range of their own (from 0x40000000) so that the responses
 * can be told apart from those to jSMPP's own requests.
 */
public final class OutboundWindow {
    private static final int FIRST_SEQUENCE = 0x40000000;

    private final int size;
    private final DeliveryTransport transport;
    private final DeliveryOutcomes outcomes;
    private final Executor executor;
    private final Queue<Delivery> queue = new ConcurrentLinkedQueue<>();
    private final Map<Integer, InFlight> inFlight = new ConcurrentHashMap<>();
    private final IntSupplier sequences;
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closed;

    /** A deliver_sm handed to the transport and not answered yet. */
    private static final class InFlight {
        final Delivery delivery;
        final long sentNanos;
        private final AtomicBoolean reportedWritten = new AtomicBoolean();

        InFlight(Delivery delivery, long sentNanos) {
            this.delivery = delivery;
            this.sentNanos = sentNanos;
        }

        /**
         * True for the first caller only. The writer reports the write when the transport returns,
         * but the ESME's answer can be read before that: then the answer, which proves the write,
         * reports it first, so no one ever sees a delivery acknowledged before it counts as sent.
         */
        boolean claimWrittenReport() {
            return reportedWritten.compareAndSet(false, true);
        }
    }

    /** @param sequences hands out sequence numbers of the session's own range (from 0x40000000) */
    public OutboundWindow(int size, DeliveryTransport transport, DeliveryOutcomes outcomes, Executor executor,
                          IntSupplier sequences) {
        if (size < 1) {
            throw new IllegalArgumentException("the delivery window must allow at least one deliver_sm");
        }
        this.size = size;
        this.transport = transport;
        this.outcomes = outcomes;
        this.executor = executor;
        this.sequences = sequences;
    }

    /** True for the sequence numbers this window uses. */
    public static boolean owns(int sequenceNumber) {
        return sequenceNumber >= FIRST_SEQUENCE;
    }

    /** Queues the delivery and writes it as soon as the window has room. */
    public void offer(Delivery delivery) {
        if (closed) {
            outcomes.failed(delivery, "session closed", false, -1);
            return;
        }
        queue.add(delivery);
        drainSoon();
    }

    /** The ESME answered one of our deliver_sm. */
    public void onResponse(int sequenceNumber, int commandStatus) {
        InFlight sent = inFlight.remove(sequenceNumber);
        if (sent == null) {
            return; // late answer to a deliver_sm we already gave up on
        }
        if (sent.claimWrittenReport()) {
            outcomes.written(sent.delivery);
        }
        if (commandStatus == 0) {
            outcomes.acknowledged(sent.delivery);
        } else {
            outcomes.failed(sent.delivery, String.format("deliver_sm_resp status 0x%08x", commandStatus),
                    false, commandStatus);
        }
        drainSoon();
    }

    /** Gives up on the deliver_sm unanswered for longer than the timeout. */
    public void expire(long timeoutNanos) {
        long now = System.nanoTime();
        boolean freed = false;
        for (Map.Entry<Integer, InFlight> entry : inFlight.entrySet()) {
            if (now - entry.getValue().sentNanos > timeoutNanos && inFlight.remove(entry.getKey(), entry.getValue())) {
                outcomes.failed(entry.getValue().delivery, "no deliver_sm_resp", true, -1);
                freed = true;
            }
        }
        if (freed) {
            drainSoon();
        }
    }

    /** Stops the window and returns what it still held, queued or unacknowledged, to be sent elsewhere. */
    public List<Delivery> close() {
        closed = true;
        List<Delivery> left = new ArrayList<>();
        for (Integer key : new ArrayList<>(inFlight.keySet())) {
            InFlight sent = inFlight.remove(key);
            if (sent != null) {
                left.add(sent.delivery);
            }
        }
        Delivery next;
        while ((next = queue.poll()) != null) {
            left.add(next);
        }
        return left;
    }

    public int unacknowledged() {
        return inFlight.size();
    }

    public int queued() {
        return queue.size();
    }

    private void drainSoon() {
        if (closed || queue.isEmpty() || inFlight.size() >= size) {
            return;
        }
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false); // shutting down
            }
        }
    }

    private void drain() {
        try {
            while (!closed && inFlight.size() < size) {
                Delivery delivery = queue.poll();
                if (delivery == null) {
                    break;
                }
                int sequenceNumber = sequences.getAsInt();
                InFlight sent = new InFlight(delivery, System.nanoTime());
                inFlight.put(sequenceNumber, sent);
                delivery.beginAttempt();
                try {
                    transport.write(delivery, sequenceNumber);
                    if (sent.claimWrittenReport()) {
                        outcomes.written(delivery);
                    }
                } catch (IOException | RuntimeException e) {
                    if (inFlight.remove(sequenceNumber, sent)) {
                        outcomes.failed(delivery, "write failed: " + e, false, -1);
                    }
                    break;
                }
            }
        } finally {
            draining.set(false);
        }
        drainSoon();
    }
}
