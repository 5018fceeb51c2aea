package org.smppconnector.ra.store;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.smppconnector.ra.AccountRegistry;
import org.smppconnector.ra.inbound.ReceiptMatching;
import org.smppconnector.ra.outbound.SubmissionLog;
import org.smppconnector.smpp.session.time.ScheduledTask;
import org.smppconnector.smpp.session.time.Scheduler;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.account.AccountRepository;
import org.smppconnector.store.retention.PurgeResult;
import org.smppconnector.store.submission.RecorderSettings;

/**
 * The shared store as the adapter uses it: opened (and migrated) at start, it records every
 * submission ({@link #submissionLog()}), matches every receipt ({@link #receiptMatching()}),
 * and, once {@link #startTasks} gave it the accounts, keeps them as the store says, writes the
 * session status and purges what is older than the retention. Every periodic task runs on the
 * adapter's scheduler (Work on the WorkManager); none starts a thread.
 */
public final class AdapterStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AdapterStore.class.getName());

    /** How often the recorder writes a batch that has waited its maximum delay. */
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(100);
    /** How often receipts that came before their submission are looked at again. */
    static final Duration ORPHAN_INTERVAL = Duration.ofSeconds(5);
    static final Duration RETENTION_INTERVAL = Duration.ofMinutes(10);
    static final Duration FIRST_RETENTION = Duration.ofMinutes(1);
    /** Rows per transaction and transactions per run of the purge. */
    static final int PURGE_BATCH = 1000;
    static final int PURGE_BATCHES_PER_RUN = 50;
    /** Status rows of nodes that stopped writing this long ago are removed (the node died). */
    static final Duration STALE_STATUS = Duration.ofMinutes(10);

    private final StoreSettings settings;
    private final SmppStore store;
    private final Scheduler scheduler;
    private final Clock clock;
    private final SubmissionLog submissionLog;
    private final ReceiptMatching receiptMatching;
    private final List<ScheduledTask> tasks = new ArrayList<>();
    private final Map<String, String> lastFailure = new ConcurrentHashMap<>();
    private AccountReconciler reconciler;
    private SessionStatusReporter status;

    private AdapterStore(StoreSettings settings, SmppStore store, Scheduler scheduler, Executor executor, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.submissionLog = new StoreSubmissionLog(store.recorder());
        this.receiptMatching = new StoreReceiptMatching(store.matcher(), executor, clock);
    }

    /**
     * Opens the store and brings its schema up to date (whichever of adapter and console comes first).
     *
     * @param executor where receipts are matched (the WorkManager)
     * @throws org.smppconnector.store.StoreException or {@link org.flywaydb.core.api.FlywayException}
     *         when it cannot be reached or migrated
     */
    public static AdapterStore open(StoreSettings settings, Scheduler scheduler, Executor executor) {
        Clock clock = Clock.systemUTC();
        StoreConfig config = StoreConfig.defaults(settings.node()).withClock(clock)
                .withRecorder(RecorderSettings.DEFAULT.withPrivacy(settings.privacy()));
        SmppStore store = SmppStore.open(settings.url(), settings.user(), settings.password(), config);
        LOG.log(System.Logger.Level.INFO, "SMPP store opened: {0}", settings);
        return new AdapterStore(settings, store, scheduler, executor, clock);
    }

    public SubmissionLog submissionLog() {
        return submissionLog;
    }

    public ReceiptMatching receiptMatching() {
        return receiptMatching;
    }

    public AccountRepository accounts() {
        return store.accounts();
    }

    /** The store itself, for tests and tools. */
    public SmppStore store() {
        return store;
    }

    /** The accounts' keeper, once {@link #startTasks} ran. */
    public synchronized AccountReconciler reconciler() {
        if (reconciler == null) {
            throw new IllegalStateException("the store's tasks are not started");
        }
        return reconciler;
    }

    /**
     * Starts the accounts the store has (now, on the caller's thread), then the periodic tasks:
     * account polling, batch flushing, orphan receipts, session status, retention.
     */
    public synchronized void startTasks(AccountRegistry registry) throws InterruptedException {
        reconciler = new AccountReconciler(store.accounts(), registry);
        status = new SessionStatusReporter(settings.node(), registry, store.sessionStatus(), clock, scheduler::nanoTime);
        reconciler.reconcile();
        AccountReconciler accounts = reconciler;
        every("reconcile accounts", settings.pollInterval(), settings.pollInterval(), () -> {
            try {
                accounts.reconcile();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        every("write queued submissions", FLUSH_INTERVAL, FLUSH_INTERVAL, store.recorder()::flushIfDue);
        every("match early receipts", ORPHAN_INTERVAL, ORPHAN_INTERVAL, store.matcher()::matchOrphans);
        SessionStatusReporter reporter = status;
        every("write session status", Duration.ofSeconds(1), settings.statusInterval(), reporter::write);
        if (settings.retention() != null) {
            every("purge old messages", FIRST_RETENTION, RETENTION_INTERVAL, this::purge);
        }
        every("remove dead nodes' status", STALE_STATUS, STALE_STATUS, () -> store.sessionStatus().deleteStale(STALE_STATUS));
    }

    /** Purges submissions and receipts older than the retention, in batches; the next run goes on if this one stopped short. */
    PurgeResult purge() {
        PurgeResult result = store.retention().purge(settings.retention(), PURGE_BATCH, PURGE_BATCHES_PER_RUN);
        if (result.submissions() + result.receipts() > 0) {
            LOG.log(System.Logger.Level.INFO, "SMPP store purged {0} submissions ({1} parts) and {2} receipts older"
                    + " than {3} days{4}", result.submissions(), result.parts(), result.receipts(),
                    settings.retention().toDays(), result.complete() ? "" : "; more at the next run");
        }
        return result;
    }

    /** Writes the session status now (tests; the timer does it every status interval). */
    public void writeStatus() {
        SessionStatusReporter reporter;
        synchronized (this) {
            reporter = status;
        }
        if (reporter != null) {
            reporter.write();
        }
    }

    /** A periodic task that logs a failure once until it changes or the task succeeds again. */
    private void every(String name, Duration first, Duration period, Runnable task) {
        tasks.add(scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
                if (lastFailure.remove(name) != null) {
                    LOG.log(System.Logger.Level.INFO, "SMPP store: {0} works again", name);
                }
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                if (!message.equals(lastFailure.put(name, message))) {
                    LOG.log(System.Logger.Level.WARNING, "SMPP store: could not " + name + " (retried)", e);
                }
            }
        }, first.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** Stops the periodic tasks (the accounts keep running as they are). */
    public synchronized void stopTasks() {
        tasks.forEach(ScheduledTask::cancel);
        tasks.clear();
    }

    /**
     * After the accounts stopped: writes the queued submissions, removes this node's session
     * status, closes the store's connections.
     */
    @Override
    public void close() {
        stopTasks();
        try {
            SessionStatusReporter reporter;
            synchronized (this) {
                reporter = status;
            }
            if (reporter != null) {
                reporter.removeNode();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "SMPP store: could not remove this node''s session status: {0}",
                    e.getMessage());
        } finally {
            try {
                store.close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "SMPP store: queued submissions lost at close: {0}", e.getMessage());
            }
        }
        LOG.log(System.Logger.Level.INFO, "SMPP store closed");
    }

    @Override
    public String toString() {
        return "AdapterStore[" + settings + "]";
    }
}
