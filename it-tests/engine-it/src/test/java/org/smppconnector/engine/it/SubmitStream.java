package org.smppconnector.engine.it;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.pool.AccountPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A steady stream of submits (about one per millisecond) on a thread of its own, until closed;
 * every outcome is kept, so that a test can show none failed while it changed the account.
 */
final class SubmitStream implements AutoCloseable {

    private static final long PACE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AccountPool pool;
    private final Queue<CompletableFuture<SubmitSmResp>> sent = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Future<?> task;
    private volatile boolean stopped;

    SubmitStream(AccountPool pool, ExecutorService executor) {
        this.pool = pool;
        this.task = executor.submit(this::run);
    }

    private void run() {
        for (int i = 0; !stopped; i++) {
            try {
                CompletableFuture<SubmitSmResp> future = pool.submit(EngineHarness.submitSm("4512345678", "stream " + i));
                future.whenComplete((resp, failure) -> {
                    if (failure == null) {
                        accepted.incrementAndGet();
                    } else {
                        failures.add(failure);
                    }
                });
                sent.add(future);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failures.add(e);
            }
            LockSupport.parkNanos(PACE_NANOS);
        }
    }

    int accepted() {
        return accepted.get();
    }

    /** Waits until {@code n} submits were accepted; fails at once when any failed. */
    void awaitAccepted(int n) throws InterruptedException {
        EngineHarness.awaitEngine(n + " submits accepted", () -> accepted.get() >= n || !failures.isEmpty(),
                () -> "(" + accepted.get() + " so far)");
        assertTrue(failures.isEmpty(), "no submit failed: " + failures);
    }

    /** Stops sending, waits for every response, and checks that each was accepted and reached the SMSC. */
    void stopAndCheckNoneFailed(SmscSimulator smsc, String systemId) throws Exception {
        stopped = true;
        task.get(EngineHarness.WAIT.toSeconds(), TimeUnit.SECONDS);
        List<String> ids = new java.util.ArrayList<>();
        for (CompletableFuture<SubmitSmResp> future : sent) {
            try {
                ids.add(future.get(EngineHarness.WAIT.toSeconds(), TimeUnit.SECONDS).getMessageId());
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        assertTrue(failures.isEmpty(), "no submit failed: " + failures);
        assertEquals(sent.size(), accepted.get());
        smsc.await("every accepted message logged", EngineHarness.WAIT,
                () -> smsc.messages(systemId).size() >= ids.size());
        Set<String> arrived = smsc.messages(systemId).stream().map(ReceivedMessage::messageId).collect(Collectors.toSet());
        assertTrue(arrived.containsAll(ids), "every accepted message reached the SMSC");
    }

    @Override
    public void close() throws Exception {
        stopped = true;
        task.cancel(false);
    }
}
