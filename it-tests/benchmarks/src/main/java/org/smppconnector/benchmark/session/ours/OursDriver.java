package org.smppconnector.benchmark.session.ours;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.smppconnector.benchmark.session.driver.Completion;
import org.smppconnector.benchmark.session.driver.LatencyRecorder;
import org.smppconnector.benchmark.session.driver.LoadDriver;
import org.smppconnector.benchmark.session.driver.LoadRun;
import org.smppconnector.benchmark.session.driver.Tickets;

/**
 * Drives a {@link SubmitClient} (ours: {@link OursSubmitClient}) with asynchronous submits:
 * {@code senders} threads keep sessions x window messages outstanding in all, bounded by a
 * semaphore that each response releases, so a submit never waits for a window slot in the engine
 * and the latency measured is the request's. The engine's pool spreads them over its sessions.
 * Two senders suffice when the engine's submit only hands the PDU to its writer; if it writes to
 * the socket in the caller's thread (as Cloudhopper does), raise {@code --ours-senders}.
 */
public final class OursDriver implements LoadDriver {

    private final Supplier<SubmitClient> factory;
    private final int senders;
    private final SubmitFields message = SubmitFields.workload();
    private SubmitClient client;
    private int outstanding;

    /** @param senders sending threads in all (the engine's submit is expected not to block long) */
    public OursDriver(Supplier<SubmitClient> factory, int senders) {
        this.factory = factory;
        this.senders = senders;
    }

    @Override
    public String name() {
        return "ours";
    }

    @Override
    public void open(InetSocketAddress smsc, int sessions, int window) throws Exception {
        client = factory.get();
        try {
            client.start(smsc.getHostString(), smsc.getPort(), sessions, window);
        } catch (Exception | Error e) {
            client.close();
            client = null;
            throw e;
        }
        outstanding = sessions * window;
    }

    @Override
    public LoadRun prepare(long count, LatencyRecorder latencies) {
        Tickets tickets = new Tickets(count);
        Completion completion = new Completion(count);
        Semaphore permits = new Semaphore(outstanding);
        List<LoadRun.Sender> bodies = new ArrayList<>();
        for (int i = 0; i < Math.min(senders, outstanding); i++) {
            bodies.add(() -> {
                while (true) {
                    permits.acquire();
                    if (!tickets.take()) {
                        permits.release();
                        return;
                    }
                    long start = System.nanoTime();
                    client.submit(message).whenComplete((response, failure) -> {
                        long end = System.nanoTime();
                        permits.release();
                        if (failure != null) {
                            completion.fail(failure);
                        } else {
                            latencies.record(end - start);
                            completion.completed(1);
                        }
                    });
                }
            });
        }
        return new LoadRun("ours", bodies, completion);
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
