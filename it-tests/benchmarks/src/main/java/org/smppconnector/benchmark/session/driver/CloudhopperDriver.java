package org.smppconnector.benchmark.session.driver;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cloudhopper.smpp.PduAsyncResponse;
import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.LoggingOptions;

/**
 * Cloudhopper (com.fizzed:ch-smpp 5.0.9). Each session's window is set to W and requests are
 * sent asynchronously ({@code sendRequestPdu(pdu, timeout, false)}), their responses collected by
 * the session handler on Netty's I/O threads. Cloudhopper's send encodes and waits for the
 * socket write of each PDU in the calling thread, so each session has several sending threads
 * ({@code sendersPerSession}, at most W). A semaphore of W permits per session, released by the
 * handler after the window slot is freed, keeps W requests in flight without the send ever
 * waiting for a window slot, so the latency measured is the request's, not the queue's.
 *
 * <p>Tuned as far as its API allows: PDU and byte logging off, counters off, Netty I/O workers as
 * many as sessions but no more than cores, the same Address objects reused for every message.
 */
public final class CloudhopperDriver implements LoadDriver {

    private static final long TIMEOUT_MILLIS = 30_000;

    private final int sendersPerSession;
    private final List<Bound> sessions = new ArrayList<>();
    private ExecutorService executor;
    private DefaultSmppClient client;
    private int window;

    private final Address source = new Address((byte) Workload.SOURCE_TON, (byte) Workload.SOURCE_NPI, Workload.SOURCE);
    private final Address destination = new Address((byte) Workload.DEST_TON, (byte) Workload.DEST_NPI, Workload.DESTINATION);
    private final byte[] shortMessage = Workload.shortMessage();

    /** One session, its permits, and where its responses are counted in the current run. */
    private static final class Bound extends DefaultSmppSessionHandler {
        final Semaphore permits;
        SmppSession session;
        volatile LatencyRecorder latencies;
        volatile Completion completion;

        Bound(int window) {
            permits = new Semaphore(window);
        }

        @Override
        public void fireExpectedPduResponseReceived(PduAsyncResponse response) {
            long now = System.nanoTime();
            long start = (Long) response.getRequest().getReferenceObject();
            permits.release();
            if (response.getResponse().getCommandStatus() != 0) {
                completion.fail(new IllegalStateException("submit refused: " + response.getResponse()));
                return;
            }
            latencies.record(now - start);
            completion.completed(1);
        }

        @Override
        public void fireUnknownThrowable(Throwable t) {
            Completion c = completion;
            if (c != null) {
                c.fail(t);
            }
        }
    }

    /** @param sendersPerSession sending threads per session (capped at the window) */
    public CloudhopperDriver(int sendersPerSession) {
        this.sendersPerSession = sendersPerSession;
    }

    @Override
    public String name() {
        return "cloudhopper";
    }

    @Override
    public void open(InetSocketAddress smsc, int count, int window) throws Exception {
        this.window = window;
        AtomicInteger threadCount = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cloudhopper-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int ioWorkers = Math.min(count, Runtime.getRuntime().availableProcessors());
        client = new DefaultSmppClient(executor, ioWorkers);
        for (int i = 0; i < count; i++) {
            SmppSessionConfiguration config = new SmppSessionConfiguration();
            config.setName("bench-" + i);
            config.setType(SmppBindType.TRANSMITTER);
            config.setHost(smsc.getHostString());
            config.setPort(smsc.getPort());
            config.setConnectTimeout(10_000);
            config.setBindTimeout(10_000);
            config.setSystemId(Workload.SYSTEM_ID);
            config.setPassword(Workload.PASSWORD);
            config.setWindowSize(window);
            config.setWindowWaitTimeout(TIMEOUT_MILLIS);
            config.setRequestExpiryTimeout(TIMEOUT_MILLIS);
            config.setCountersEnabled(false);
            LoggingOptions logging = new LoggingOptions();
            logging.setLogPdu(false);
            logging.setLogBytes(false);
            config.setLoggingOptions(logging);
            Bound bound = new Bound(window);
            bound.session = client.bind(config, bound);
            sessions.add(bound);
        }
    }

    @Override
    public LoadRun prepare(long count, LatencyRecorder latencies) {
        Tickets tickets = new Tickets(count);
        Completion completion = new Completion(count);
        List<LoadRun.Sender> senders = new ArrayList<>();
        int perSession = Math.min(sendersPerSession, window);
        for (Bound bound : sessions) {
            bound.latencies = latencies;
            bound.completion = completion;
            for (int i = 0; i < perSession; i++) {
                senders.add(() -> {
                    while (true) {
                        bound.permits.acquire();
                        if (!tickets.take()) {
                            bound.permits.release();
                            return;
                        }
                        long start = System.nanoTime();
                        SubmitSm submit = new SubmitSm();
                        submit.setSourceAddress(source);
                        submit.setDestAddress(destination);
                        submit.setDataCoding((byte) Workload.DATA_CODING);
                        submit.setShortMessage(shortMessage);
                        submit.setReferenceObject(start);
                        bound.session.sendRequestPdu(submit, TIMEOUT_MILLIS, false);
                    }
                });
            }
        }
        return new LoadRun("cloudhopper", senders, completion);
    }

    @Override
    public void close() {
        for (Bound bound : sessions) {
            bound.session.unbind(5_000);
            bound.session.destroy();
        }
        sessions.clear();
        if (client != null) {
            client.destroy();
            client = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}
