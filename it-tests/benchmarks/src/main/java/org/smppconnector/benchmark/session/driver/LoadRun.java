package org.smppconnector.benchmark.session.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;

/**
 * A prepared run: its sending threads are started and wait for {@link #start()}; the run is done
 * when its {@link Completion} is. A sending thread that throws fails the run.
 */
public final class LoadRun {

    /** The body of one sending thread. */
    @FunctionalInterface
    public interface Sender {
        void send() throws Exception;
    }

    private final Completion completion;
    private final CountDownLatch go = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();

    public LoadRun(String name, List<Sender> senders, Completion completion) {
        this.completion = completion;
        for (int i = 0; i < senders.size(); i++) {
            Sender sender = senders.get(i);
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    sender.send();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) {
                    completion.fail(e);
                }
            }, name + "-sender-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    public void start() {
        go.countDown();
    }

    /** Waits for every response, then for the sending threads to end (they are interrupted if the run failed). */
    public void await(Duration timeout) throws InterruptedException, TimeoutException {
        boolean ok = false;
        try {
            completion.await(timeout);
            ok = true;
        } finally {
            if (!ok) {
                threads.forEach(Thread::interrupt);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
    }
}
