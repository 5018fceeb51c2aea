package org.smppconnector.benchmark.store;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pdu.Tlvs;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.pool.SmscAddress;
import org.smppconnector.smpp.pool.TlsSettings;
import org.smppconnector.smpp.receipt.DeliveryReceipt;
import org.smppconnector.smpp.receipt.MessageIdNormalization;
import org.smppconnector.smpp.receipt.ReceiptParser;
import org.smppconnector.smpp.receipt.ReceiptTlvs;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.ReconnectPolicy;
import org.smppconnector.smpp.session.time.ExecutorScheduler;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.query.MessageSearch;
import org.smppconnector.store.query.MessageSummary;
import org.smppconnector.store.receipt.ReceiptMatch;
import org.smppconnector.store.receipt.ReceiptRecord;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.submission.RecorderSettings;
import org.smppconnector.store.submission.SubmissionRecord;

/**
 * One run of the pipeline the adapter will have: sender threads submit through our engine's
 * pool (each waits for its submit_sm_resp, as an EJB does, then records the submission);
 * the simulator answers and sends a receipt at once; receipts are handed to a pool of handler
 * threads (the container's WorkManager), which match them through the store before the
 * deliver_sm is acknowledged. The rate is measured from the first measured submit_sm to the
 * last measured receipt handled.
 */
final class PipelineRun {

    private static final String ACCOUNT = "bench";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    /**
     * @param cpuMicrosPerMessage CPU time per measured message of this JVM (engine, simulator,
     *                            embedded store) and of the PostgreSQL server, if any
     */
    record Result(StoreVariant variant, int messages, double seconds, double cpuMicrosPerMessage, long matchedAtOnce,
                  long unmatchedAtOnce, long duplicates, long storedDelivered, double receiptsPerTransaction,
                  long recorderTransactions) {

        double rate() {
            return messages / seconds;
        }
    }

    private final StoreBenchmarkOptions options;

    PipelineRun(StoreBenchmarkOptions options) {
        this.options = options;
    }

    Result run(StoreVariant variant) throws Exception {
        ExecutorService io = Executors.newCachedThreadPool(named("engine"));
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, named("timer"));
        ExecutorService handlers = Executors.newFixedThreadPool(options.handlers(), named("handler"));
        int total = options.warmup() + options.messages();
        SmscSimulator smsc = SmscSimulator.builder(Profiles.generic().toBuilder()
                        .deliveryWindow(options.deliveryWindow()).build())
                .account(ACCOUNT, "secret")
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ZERO).build())
                .pduLogCapacity(0).messageLogCapacity(0).messageBookCapacity(total * 2)
                .build().start();
        StoreConfig config = StoreConfig.defaults("bench-node")
                .withRecorder(RecorderSettings.DEFAULT.withBatchSize(options.batchSize()))
                .withPoolSize(Math.max(8, options.handlers() / 2));
        AccountPool pool = null;
        try (StoreVariant.Opened opened = variant.open(options.workDir(), config, options.pgSettings())) {
            SmppStore store = opened.store();
            Counters counters = new Counters();
            if (store != null) {
                // The adapter's timer: write a quiet period's submissions, match early receipts.
                timer.scheduleWithFixedDelay(() -> {
                    try {
                        store.recorder().flushIfDue();
                    } catch (RuntimeException e) {
                        System.err.println("flush failed: " + e);
                    }
                }, 100, 100, TimeUnit.MILLISECONDS);
            }
            pool = new AccountPool(settings(smsc), io, new ExecutorScheduler(timer), receipts(store, handlers, counters));
            pool.start();
            if (!pool.awaitBound(options.binds(), Duration.ofSeconds(30))) {
                throw new IllegalStateException("the account did not bind: " + pool.status());
            }
            send(pool, store, 0, options.warmup());
            await("warm-up receipts", () -> counters.handled.get(), options.warmup());
            long start = System.nanoTime();
            long cpuStart = processCpuNanos() + opened.serverCpuNanos().getAsLong();
            send(pool, store, options.warmup(), total);
            await("receipts", () -> counters.handled.get(), total);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMicros = (processCpuNanos() + opened.serverCpuNanos().getAsLong() - cpuStart) / 1e3
                    / options.messages();

            long delivered = 0;
            double receiptsPerTransaction = 0;
            long recorderTransactions = 0;
            if (store != null) {
                receiptsPerTransaction = (double) store.matcher().receiptsProcessed() / store.matcher().transactions();
                recorderTransactions = store.recorder().ownTransactions();
                System.out.printf("receipts written with their submission: %d of %d%n",
                        store.matcher().receiptsBeforeTheirSubmission(), store.matcher().receiptsProcessed());
                store.recorder().flush();
                store.matcher().matchOrphans();
                Map<DeliveryState, Long> states = store.messages().countsByState(Instant.EPOCH,
                        Instant.now().plusSeconds(60), ACCOUNT);
                delivered = states.getOrDefault(DeliveryState.DELIVERED, 0L);
                if (delivered != total) {
                    System.err.println("not all DELIVERED: " + states);
                    for (MessageSummary m : store.messages().search(MessageSearch.all().page(0, 3)
                            .withState(DeliveryState.SUBMITTED)).items()) {
                        System.err.println(store.messages().message(m.id()).orElseThrow());
                    }
                }
            }
            return new Result(variant, options.messages(), seconds, cpuMicros, counters.matched.get(), counters.unmatched.get(),
                    counters.duplicates.get(), delivered, receiptsPerTransaction, recorderTransactions);
        } finally {
            if (pool != null) {
                pool.stop();
            }
            smsc.stop();
            handlers.shutdownNow();
            timer.shutdownNow();
            io.shutdownNow();
            io.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private AccountSettings settings(SmscSimulator smsc) {
        return ProviderPreset.GENERIC.builder().name(ACCOUNT).credentials(ACCOUNT, "secret")
                .hosts(List.of(new SmscAddress("127.0.0.1", smsc.port())))
                .tls(TlsSettings.disabled())
                .bindGroups(BindGroup.transceivers("", options.binds()))
                .windowSize(options.window())
                .responseTimeout(Duration.ofSeconds(30))
                .windowWait(Duration.ofSeconds(30))
                .reconnect(ReconnectPolicy.fixed(Duration.ofMillis(100)))
                .build();
    }

    private static final class Counters {
        final AtomicLong handled = new AtomicLong();
        final AtomicLong matched = new AtomicLong();
        final AtomicLong unmatched = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final Set<String> receipted = ConcurrentHashMap.newKeySet();
    }

    /**
     * Receipts go to the handler threads, which parse them (the adapter always does) and match
     * them through the store, if any; the deliver_sm is acknowledged when the handler is done.
     * A message counts as handled at its first receipt: the simulator delivers again a receipt
     * acknowledged late, and such a repeat must not stand in for another message's receipt.
     */
    private static InboundHandler receipts(SmppStore store, ExecutorService handlers, Counters counters) {
        ReceiptParser parser = ReceiptParser.lenient();
        return (session, pdu) -> CompletableFuture.runAsync(() -> {
            DeliverSm sm = (DeliverSm) pdu;
            if (!sm.isDeliveryReceipt()) {
                return;
            }
            Tlvs tlvs = sm.getTlvs();
            Integer state = tlvs.has(Tag.MESSAGE_STATE) ? tlvs.getInt(Tag.MESSAGE_STATE, 0) : null;
            DeliveryReceipt receipt = parser.parse(sm.getShortMessage(), ReceiptTlvs.of(
                    tlvs.getString(Tag.RECEIPTED_MESSAGE_ID), state, tlvs.getBytes(Tag.NETWORK_ERROR_CODE)));
            if (store != null) {
                ReceiptMatch match = store.matcher().match(ReceiptRecord.from(ACCOUNT, receipt,
                        MessageIdNormalization.AS_IS, ZoneOffset.UTC, "session-" + System.identityHashCode(session),
                        Instant.now()));
                (match.matched() ? counters.matched : counters.unmatched).incrementAndGet();
                if (match.duplicate()) {
                    counters.duplicates.incrementAndGet();
                }
            }
            if (counters.receipted.add(receipt.messageId())) {
                counters.handled.incrementAndGet();
            }
        }, handlers);
    }

    /** Messages {@code from} (inclusive) to {@code to}, from the sender threads, each waiting for its answer. */
    private void send(AccountPool pool, SmppStore store, int from, int to) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService senders = Executors.newFixedThreadPool(options.senders(), named("sender"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < options.senders(); t++) {
                done.add(senders.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < to; ) {
                        String destination = "45" + (10_000_000 + i);
                        String text = "Benchmark message number " + i;
                        SubmitSm sm = new SubmitSm();
                        sm.setSource(5, 0, "Bench");
                        sm.setDestination(1, 1, destination);
                        sm.setRegisteredDelivery(1);
                        sm.setShortMessage(text.getBytes(StandardCharsets.US_ASCII));
                        Instant submittedAt = Instant.now();
                        String id = pool.submit(sm).get(60, TimeUnit.SECONDS).getMessageId();
                        if (store != null) {
                            store.recorder().record(new SubmissionRecord(ACCOUNT, "Bench", destination, text,
                                    "ref-" + i, List.of(id), submittedAt));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static void await(String what, LongSupplier count, long target) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + ": " + count.getAsLong() + " of " + target);
            }
            Thread.sleep(1);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
