package org.smppconnector.engine.it;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.smpp.pool.TlsSettings;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.ReconnectPolicy;
import org.smppconnector.smpp.session.time.ExecutorScheduler;
import org.smppconnector.smpp.session.time.Scheduler;

/** Threads, simulators and pools of one test, all stopped after it. */
abstract class EngineHarness {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger THREADS = new AtomicInteger();

    protected final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "engine-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    protected final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "engine-timer");
        t.setDaemon(true);
        return t;
    });
    protected final Scheduler scheduler = new ExecutorScheduler(timer);
    private final List<AccountPool> pools = new ArrayList<>();
    private final List<SmscSimulator> simulators = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (AccountPool pool : pools) {
            pool.stop();
        }
        for (SmscSimulator smsc : simulators) {
            smsc.stop();
        }
        executor.shutdownNow();
        timer.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    protected SmscSimulator simulator(SmscSimulator.Builder builder) throws IOException {
        SmscSimulator smsc = builder.build().start();
        simulators.add(smsc);
        return smsc;
    }

    /** The preset's settings pointed at the simulator's first endpoint, plain TCP, fast reconnects. */
    protected static AccountSettings.Builder account(ProviderPreset preset, SmscSimulator smsc, String systemId,
                                                     String password) {
        return preset.builder().name(systemId).credentials(systemId, password)
                .hosts(List.of(new SmscAddress("127.0.0.1", smsc.port())))
                .tls(TlsSettings.disabled())
                .reconnect(ReconnectPolicy.fixed(Duration.ofMillis(50)))
                .responseTimeout(Duration.ofSeconds(5))
                .windowWait(Duration.ofSeconds(5));
    }

    protected AccountPool start(AccountSettings settings, InboundHandler handler) throws InterruptedException {
        AccountPool pool = new AccountPool(settings, executor, scheduler, handler);
        pools.add(pool);
        pool.start();
        return pool;
    }

    /** Polls a condition on the engine's side (the simulator's own waits only wake on its events). */
    protected static void awaitEngine(String what, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        awaitEngine(what, condition, () -> "");
    }

    /** As {@link #awaitEngine(String, java.util.function.BooleanSupplier)}; a timeout reports {@code state} as it was then. */
    protected static void awaitEngine(String what, java.util.function.BooleanSupplier condition,
                                      java.util.function.Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + WAIT.toSeconds() + " s waiting for: " + what
                        + " " + state.get());
            }
            Thread.sleep(2); // poll interval
        }
    }

    protected static SubmitSm submitSm(String destination, String text) {
        SubmitSm sm = new SubmitSm();
        sm.setSource(5, 0, "Acme");
        sm.setDestination(1, 1, destination);
        sm.setShortMessage(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return sm;
    }
}
