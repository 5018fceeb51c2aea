package org.smppconnector.benchmark.session.ours;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.smppconnector.benchmark.session.driver.Workload;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.session.time.ExecutorScheduler;
import org.smppconnector.smpp.session.time.Scheduler;
import org.smppconnector.smpp.transport.Connector;

/**
 * Our engine behind the benchmark. By default through {@link AccountPool}, as users get it: one
 * account, {@code sessions} transmitter binds in one bind group, window W, no TPS limit, a 30 s
 * response timeout. With {@code -Dbench.ours-mode=sessions} it drives {@link SmppSession}s
 * directly, round-robin, to show what the pool costs on top.
 *
 * <p>Threads: a cached pool (one reader per bind, plus the binding tasks) and a one-thread
 * scheduler for keepalive and window expiry. Responses complete on the readers.
 */
public final class OursSubmitClient implements SubmitClient {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WINDOW_WAIT = Duration.ofSeconds(10);
    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(30);

    private final boolean direct = "sessions".equals(System.getProperty("bench.ours-mode", "pool"));
    private final boolean virtual = "virtual".equals(System.getProperty("bench.ours-threads", "cached"));
    private final AtomicInteger turn = new AtomicInteger();
    private ExecutorService executor;
    private ScheduledThreadPoolExecutor timer;
    private AccountPool pool;
    private SmppSession[] sessions = new SmppSession[0];

    @Override
    public void start(String host, int port, int sessionCount, int window) throws Exception {
        executor = virtual
                ? Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ours-io-", 1).factory())
                : Executors.newCachedThreadPool(daemonThreads("ours-io"));
        timer = new ScheduledThreadPoolExecutor(1, daemonThreads("ours-timer"));
        timer.setRemoveOnCancelPolicy(true);
        Scheduler scheduler = new ExecutorScheduler(timer);
        if (direct) {
            startSessions(host, port, sessionCount, window, scheduler);
        } else {
            startPool(host, port, sessionCount, window, scheduler);
        }
    }

    private void startPool(String host, int port, int sessionCount, int window, Scheduler scheduler)
            throws InterruptedException {
        AccountSettings settings = AccountSettings.builder()
                .name("bench")
                .host(host, port)
                .credentials(Workload.SYSTEM_ID, Workload.PASSWORD)
                .bindGroups(new BindGroup("", sessionCount, 0, 0))
                .noSessionCap()
                .windowSize(window)
                .responseTimeout(RESPONSE_TIMEOUT)
                .windowWait(WINDOW_WAIT)
                .noTpsLimit()
                .build();
        pool = new AccountPool(settings, executor, scheduler, InboundHandler.REFUSE);
        pool.start();
        if (!pool.awaitBound(sessionCount, BIND_TIMEOUT)) {
            throw new IllegalStateException("only " + pool.boundCount() + " of " + sessionCount + " binds came up: "
                    + pool.status());
        }
    }

    private void startSessions(String host, int port, int sessionCount, int window, Scheduler scheduler)
            throws InterruptedException {
        SessionSettings settings = SessionSettings.of(Workload.SYSTEM_ID, Workload.PASSWORD)
                .withBindType(BindType.TRANSMITTER)
                .withWindow(window, WINDOW_WAIT)
                .withResponseTimeout(RESPONSE_TIMEOUT);
        RetryTable retryTable = new RetryTable(RetryTable.defaultRules());
        Connector connector = Connector.plain(Duration.ofSeconds(10));
        List<SmppSession> bound = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            SmppSession session = new SmppSession(settings, executor, scheduler, retryTable, InboundHandler.REFUSE,
                    SmppSession.Listener.NONE);
            bound.add(session);
            sessions = bound.toArray(new SmppSession[0]); // so that close() unbinds what is up
            session.bind(connector, host, port);
        }
    }

    @Override
    public CompletionStage<?> submit(SubmitFields message) throws Exception {
        SubmitSm sm = new SubmitSm(); // the engine sets its sequence number: one per request
        sm.setServiceType(message.serviceType());
        sm.setSource(message.sourceTon(), message.sourceNpi(), message.source());
        sm.setDestination(message.destTon(), message.destNpi(), message.destination());
        sm.setDataCoding(message.dataCoding());
        sm.setShortMessage(message.shortMessage());
        if (direct) {
            SmppSession[] all = sessions;
            return all[Integer.remainderUnsigned(turn.getAndIncrement(), all.length)].submit(sm);
        }
        return pool.submit(sm);
    }

    @Override
    public void close() {
        try {
            if (pool != null) {
                pool.stop();
            }
            for (SmppSession session : sessions) {
                session.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool = null;
            sessions = new SmppSession[0];
            if (executor != null) {
                executor.shutdownNow();
                timer.shutdownNow();
                awaitQuietly(executor);
                awaitQuietly(timer);
            }
        }
    }

    private static void awaitQuietly(ExecutorService service) {
        try {
            service.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
