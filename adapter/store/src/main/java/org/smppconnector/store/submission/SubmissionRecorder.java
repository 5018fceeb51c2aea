package org.smppconnector.store.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.smppconnector.store.StoreException;
import org.smppconnector.store.jdbc.Jdbc;

/**
 * Records submissions with their parts, many per transaction, so that the send path is not
 * slowed by a commit per message. {@link #record} only queues (and, when a batch is full or
 * due, writes it on the caller's thread unless another thread is already writing); the
 * adapter's timer calls {@link #flushIfDue()} so that a quiet period still gets its
 * submissions written within {@code maxDelay}; the receipt matcher writes the queue with its
 * own transactions (see {@link PendingSubmissions}). No thread of its own.
 *
 * <p>When the database fails, the batch goes back to the queue and is tried again (the send
 * path waits a second before triggering another try); beyond {@code maxPending} the oldest
 * submissions are dropped and counted in {@link #dropped()}.
 */
public final class SubmissionRecorder implements PendingSubmissions {

    private static final System.Logger LOG = System.getLogger(SubmissionRecorder.class.getName());
    private static final long RETRY_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final HexFormat HEX = HexFormat.of();
    /** Submissions written in another part's transaction at most (the rest wait for the next). */
    private static final int MAX_WITH_OTHER_WORK = 5_000;

    private static final String INSERT_SUBMISSION = "INSERT INTO submission (account, source, destination, text,"
            + " text_digest, user_reference, part_count, state, state_at, node, submitted_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PART = "INSERT INTO submission_part (submission_id, account, part_number,"
            + " message_id, state, error_code, state_at, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final RecorderSettings settings;
    private final String node;
    private final Runnable afterWrite;
    private final long maxDelayNanos;

    private final ReentrantLock writing = new ReentrantLock();
    private final Object queueLock = new Object();
    private final ArrayDeque<PendingSubmission> queue = new ArrayDeque<>();
    private long oldestQueuedAtNanos;
    private volatile long lastFailureAtNanos;
    private volatile boolean failing;

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong ownTransactions = new AtomicLong();

    /**
     * @param node       this server's name, written with each submission
     * @param afterWrite run after each batch the recorder committed itself (the matcher's sweep
     *                   for receipts that came before their submission, through another node);
     *                   its failures are logged, not thrown
     */
    public SubmissionRecorder(DataSource dataSource, RecorderSettings settings, String node, Runnable afterWrite) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.node = node;
        this.afterWrite = afterWrite;
        this.maxDelayNanos = settings.maxDelay().toNanos();
    }

    /**
     * Queues a submission; writes the queued batch now when it is full or due and no other
     * thread is writing. Never throws for a database problem: the submission stays queued.
     */
    public void record(SubmissionRecord submission) {
        boolean write;
        synchronized (queueLock) {
            enqueue(submission);
            write = queue.size() >= settings.batchSize() || isDue();
        }
        if (write && !pausedAfterFailure() && writing.tryLock()) {
            try {
                writeQueued(false);
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "submissions kept queued: {0}", e.getMessage());
            } finally {
                writing.unlock();
            }
        }
    }

    /**
     * Queues a submission and returns once it is committed, with whatever else was queued.
     *
     * @throws StoreException when the database failed; the submission stays queued
     */
    public void recordNow(SubmissionRecord submission) {
        synchronized (queueLock) {
            enqueue(submission);
        }
        flush();
    }

    /**
     * Writes everything queued; returns once it is committed.
     *
     * @throws StoreException when the database failed; what was not written stays queued
     */
    public void flush() {
        writing.lock();
        try {
            writeQueued(true);
        } finally {
            writing.unlock();
        }
    }

    /** For the adapter's timer: writes the queue when its oldest submission waited maxDelay. */
    public boolean flushIfDue() {
        synchronized (queueLock) {
            if (!isDue()) {
                return false;
            }
        }
        flush();
        return true;
    }

    @Override
    public <T> T inTransactionWithPending(DataSource target, String what, Work<T> work) {
        writing.lock();
        try {
            List<PendingSubmission> batch = take(MAX_WITH_OTHER_WORK);
            T result;
            try {
                result = Jdbc.inTransaction(target, batch.isEmpty() ? what : what + " and " + batch.size()
                        + " submissions", c -> {
                    work.beforeInsert(c, batch);
                    if (!batch.isEmpty()) {
                        insert(c, batch);
                    }
                    return work.afterInsert(c);
                });
            } catch (RuntimeException e) {
                batch.forEach(PendingSubmission::reset);
                requeue(batch);
                throw e;
            }
            written.addAndGet(batch.size());
            return result;
        } finally {
            writing.unlock();
        }
    }

    public boolean hasPending() {
        synchronized (queueLock) {
            return !queue.isEmpty();
        }
    }

    public int pending() {
        synchronized (queueLock) {
            return queue.size();
        }
    }

    /** Submissions committed since start. */
    public long written() {
        return written.get();
    }

    /** Transactions of its own the recorder committed (the matcher's carry submissions too). */
    public long ownTransactions() {
        return ownTransactions.get();
    }

    /** Submissions dropped because the queue overflowed while the database failed. */
    public long dropped() {
        return dropped.get();
    }

    private void enqueue(SubmissionRecord submission) {
        if (queue.isEmpty()) {
            oldestQueuedAtNanos = System.nanoTime();
        }
        queue.addLast(new PendingSubmission(submission));
        dropOverflow();
    }

    private void dropOverflow() {
        while (queue.size() > settings.maxPending()) {
            queue.removeFirst();
            if (dropped.getAndIncrement() % 10_000 == 0) {
                LOG.log(System.Logger.Level.ERROR, "the store cannot keep up or is down: {0} submissions not recorded "
                        + "so far, oldest first", dropped.get());
            }
        }
    }

    private boolean isDue() {
        return !queue.isEmpty() && System.nanoTime() - oldestQueuedAtNanos >= maxDelayNanos;
    }

    private boolean pausedAfterFailure() {
        return failing && System.nanoTime() - lastFailureAtNanos < RETRY_PAUSE_NANOS;
    }

    /** Holding {@link #writing}: writes full batches, or everything when {@code all}. */
    private void writeQueued(boolean all) {
        int batches = 0;
        while (true) {
            List<PendingSubmission> batch;
            synchronized (queueLock) {
                if (queue.isEmpty() || (!all && queue.size() < settings.batchSize() && !isDue())) {
                    break;
                }
                batch = take(settings.batchSize());
            }
            try {
                Jdbc.inTransaction(dataSource, "record " + batch.size() + " submissions", c -> {
                    insert(c, batch);
                    return null;
                });
                failing = false;
            } catch (RuntimeException e) {
                requeue(batch);
                failing = true;
                lastFailureAtNanos = System.nanoTime();
                throw e;
            }
            written.addAndGet(batch.size());
            ownTransactions.incrementAndGet();
            batches++;
        }
        if (batches > 0) {
            runAfterWrite();
        }
    }

    /** Up to {@code max} submissions out of the queue, oldest first. */
    private List<PendingSubmission> take(int max) {
        synchronized (queueLock) {
            List<PendingSubmission> batch = new ArrayList<>(Math.min(max, queue.size()));
            while (!queue.isEmpty() && batch.size() < max) {
                batch.add(queue.removeFirst());
            }
            if (!queue.isEmpty()) {
                oldestQueuedAtNanos = System.nanoTime();
            }
            return batch;
        }
    }

    private void requeue(List<PendingSubmission> batch) {
        synchronized (queueLock) {
            for (int i = batch.size() - 1; i >= 0; i--) {
                queue.addFirst(batch.get(i));
            }
            oldestQueuedAtNanos = Math.min(oldestQueuedAtNanos, System.nanoTime());
            dropOverflow();
        }
    }

    private void runAfterWrite() {
        try {
            afterWrite.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "after recording submissions: {0}", e.getMessage());
        }
    }

    private void insert(Connection c, List<PendingSubmission> batch) throws SQLException {
        long[] ids = insertSubmissions(c, batch);
        int parts = 0;
        for (PendingSubmission p : batch) {
            parts += p.record().partCount();
        }
        long[] partIds = new long[parts];
        try (PreparedStatement s = c.prepareStatement(INSERT_PART, new String[] {"id"})) {
            for (int i = 0; i < batch.size(); i++) {
                PendingSubmission p = batch.get(i);
                SubmissionRecord r = p.record();
                for (int part = 1; part <= r.partCount(); part++) {
                    s.setLong(1, ids[i]);
                    s.setString(2, r.account());
                    s.setInt(3, part);
                    s.setString(4, r.messageIds().get(part - 1));
                    s.setString(5, p.state(part).name());
                    s.setString(6, p.errorCode(part));
                    Jdbc.setInstant(s, 7, p.stateAt(part));
                    Jdbc.setInstant(s, 8, r.submittedAt());
                    s.addBatch();
                }
            }
            s.executeBatch();
            readKeys(s, partIds);
        }
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            PendingSubmission p = batch.get(i);
            long[] own = new long[p.record().partCount()];
            System.arraycopy(partIds, next, own, 0, own.length);
            next += own.length;
            p.inserted(ids[i], own);
        }
    }

    private long[] insertSubmissions(Connection c, List<PendingSubmission> batch) throws SQLException {
        MessageDigest sha256 = sha256();
        long[] ids = new long[batch.size()];
        try (PreparedStatement s = c.prepareStatement(INSERT_SUBMISSION, new String[] {"id"})) {
            for (PendingSubmission p : batch) {
                SubmissionRecord r = p.record();
                s.setString(1, r.account());
                s.setString(2, r.source());
                s.setString(3, r.destination());
                s.setString(4, settings.privacy() == TextPrivacy.FULL_TEXT ? r.text() : null);
                s.setString(5, r.text() == null ? null : HEX.formatHex(sha256.digest(r.text().getBytes(StandardCharsets.UTF_8))));
                s.setString(6, r.userReference());
                s.setInt(7, r.partCount());
                s.setString(8, p.combinedState().name());
                Jdbc.setInstant(s, 9, p.combinedStateAt());
                s.setString(10, node);
                Jdbc.setInstant(s, 11, r.submittedAt());
                s.addBatch();
            }
            s.executeBatch();
            readKeys(s, ids);
        }
        return ids;
    }

    /** The generated ids of a batch, in order. */
    private static void readKeys(PreparedStatement s, long[] ids) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            int i = 0;
            while (keys.next() && i < ids.length) {
                ids[i++] = keys.getLong(1);
            }
            if (i != ids.length) {
                throw new SQLException("the driver returned " + i + " generated keys for " + ids.length + " rows");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
