package org.smppconnector.benchmark.session.driver;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The responses of one run still due; done when all came, or at the first failure. */
public final class Completion {

    private final long expected;
    private final AtomicLong left;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public Completion(long expected) {
        this.expected = expected;
        this.left = new AtomicLong(expected);
        if (expected == 0) {
            done.countDown();
        }
    }

    /** Counts {@code n} successful responses. */
    public void completed(int n) {
        if (left.addAndGet(-n) == 0) {
            done.countDown();
        }
    }

    /** Ends the run with this failure (the first one is kept). */
    public void fail(Throwable cause) {
        failure.compareAndSet(null, cause);
        done.countDown();
    }

    /**
     * Waits until every response came.
     *
     * @throws TimeoutException when they did not within {@code timeout}
     * @throws IllegalStateException carrying the first failure, if any
     */
    public void await(Duration timeout) throws InterruptedException, TimeoutException {
        if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException((expected - left.get()) + " of " + expected + " responses within " + timeout);
        }
        Throwable cause = failure.get();
        if (cause != null) {
            throw new IllegalStateException("run failed after " + (expected - left.get()) + " of " + expected
                    + " responses: " + cause, cause);
        }
    }
}
