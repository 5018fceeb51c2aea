package org.smppconnector.simulator.receipt;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.smppconnector.simulator.delivery.Delivery;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.TrackedMessage;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Counters;

/**
 * Moves each accepted message to its outcome after the policy's delay, and hands the
 * receipts its registered_delivery asks for to the router.
 */
public final class ReceiptScheduler {
    private static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ScheduledExecutorService timer;
    private final Supplier<ReceiptPolicy> policy;
    private final ReceiptFormat format;
    private final ReceiptFactory factory;
    private final Consumer<Delivery> router;
    private final Counters counters;

    public ReceiptScheduler(ScheduledExecutorService timer, Supplier<ReceiptPolicy> policy, ReceiptFormat format,
                            Consumer<Delivery> router, Counters counters) {
        this.timer = timer;
        this.policy = policy;
        this.format = format;
        this.factory = new ReceiptFactory(format);
        this.router = router;
        this.counters = counters;
    }

    public ReceiptFactory factory() {
        return factory;
    }

    public void onAccepted(TrackedMessage message) {
        ReceiptPolicy current = policy.get();
        Outcome outcome = current.outcomeFor(message.submission().destination());
        if (outcome.silent()) {
            return;
        }
        boolean wanted = format.requests().wants(message.submission().registeredDelivery(),
                outcome.finalState().isSuccess());
        long delay = current.delay().toNanos();
        if (!wanted) {
            // no receipt to send: the state settles when read, which costs the hot path no timer task
            message.settleAt(outcome.finalState(), outcome.errorCode(), message.submittedAt().plusNanos(delay));
            return;
        }
        schedule(message, () -> finish(message, outcome), delay);
        List<DeliveryState> intermediates = format.relayIntermediate() ? outcome.intermediates() : List.of();
        long gap = Math.max(delay / 2, MIN_GAP_NANOS);
        for (int i = 0; i < intermediates.size(); i++) {
            DeliveryState state = intermediates.get(i);
            long at = format.intermediateAfterFinal()
                    ? delay + (i + 1) * gap
                    : delay * (i + 1) / (intermediates.size() + 1);
            schedule(message, () -> intermediate(message, state), at);
        }
    }

    private void schedule(TrackedMessage message, Runnable task, long delayNanos) {
        try {
            message.scheduled(timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException e) {
            // the simulator is stopping: no more receipts
        }
    }

    private void finish(TrackedMessage message, Outcome outcome) {
        Instant now = Instant.now();
        if (message.moveTo(outcome.finalState(), outcome.errorCode(), now)) {
            send(message, outcome.finalState(), outcome.errorCode(), now);
        }
    }

    private void intermediate(TrackedMessage message, DeliveryState state) {
        boolean moved = message.moveTo(state, 0, Instant.now());
        if (moved || (format.intermediateAfterFinal() && message.state() != DeliveryState.DELETED)) {
            send(message, state, 0, Instant.now());
        }
    }

    private void send(TrackedMessage message, DeliveryState state, int errorCode, Instant at) {
        counters.increment(Counter.RECEIPTS_SCHEDULED);
        router.accept(factory.build(message, state, errorCode, at));
    }
}
