package org.smppconnector.store.receipt;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.smppconnector.store.StoreException;
import org.smppconnector.store.jdbc.Jdbc;
import org.smppconnector.store.submission.PendingSubmissions;

/**
 * Records receipts and matches each to its submission part through the store, so that a
 * receipt is matched whichever session or server received it. Applies state precedence (see
 * {@link org.smppconnector.store.state.DeliveryState}), records a receipt delivered twice once,
 * and keeps each part's state and its message's combined state.
 *
 * <p>{@link #match} is group-committed: concurrent callers (one per receiving bind or work item)
 * share one transaction. Whichever caller finds no transaction running commits everything
 * queued; callers arriving meanwhile queue for the next one and wake when theirs is done.
 * No thread of its own. The transaction writes this node's queued submissions first, so a
 * receipt that overtook its submission's batch still finds it. A receipt whose submission is in
 * no store yet (another node's, still queued there) is recorded unmatched, and
 * {@link #matchOrphans()} (run after every batch of submissions and by the adapter's timer)
 * matches it when the submission arrives.
 */
public final class ReceiptMatcher {

    /** Receipts per transaction at most. */
    static final int MAX_BATCH = 500;
    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;
    private final Clock clock;
    private final PendingSubmissions pending;
    private final Duration orphanWindow;
    private final String node;

    /** Guards the queue and the leader flag; the leader commits without holding it. */
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchDone = lock.newCondition();
    private final Queue<Waiting> waiting = new ArrayDeque<>();
    private boolean leading;

    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong overtook = new AtomicLong();

    private record Waiting(ReceiptRecord receipt, CompletableFuture<ReceiptMatch> result) {
    }

    /**
     * @param node         this server's name, written with each receipt
     * @param pending      this node's queued submissions, written when a receipt finds none
     * @param orphanWindow how far back {@link #matchOrphans()} looks for unmatched receipts
     */
    public ReceiptMatcher(DataSource dataSource, Clock clock, String node, PendingSubmissions pending,
                          Duration orphanWindow) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.pending = pending;
        this.orphanWindow = orphanWindow;
        this.node = node;
    }

    /**
     * Records one receipt and matches it; returns once it is committed.
     *
     * @throws StoreException when the database failed: nothing of this receipt is recorded, so the
     *         adapter should not acknowledge it (the SMSC will deliver it again)
     */
    public ReceiptMatch match(ReceiptRecord receipt) {
        Waiting mine = new Waiting(receipt, new CompletableFuture<>());
        lock.lock();
        try {
            waiting.add(mine);
            while (!mine.result.isDone()) {
                if (leading) {
                    batchDone.awaitUninterruptibly();
                    continue;
                }
                leading = true;
                List<Waiting> batch = new ArrayList<>();
                while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
                    batch.add(waiting.poll());
                }
                lock.unlock();
                try {
                    commit(batch);
                } finally {
                    lock.lock();
                    leading = false;
                    batchDone.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        try {
            return mine.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw new StoreException(store.getMessage(), store);
            }
            throw e;
        }
    }

    /**
     * Records receipts and matches them in one transaction (in chunks of {@value #MAX_BATCH}).
     *
     * @return a match per receipt, in order
     */
    public List<ReceiptMatch> matchAll(List<ReceiptRecord> receipts) {
        List<ReceiptMatch> matches = new ArrayList<>(receipts.size());
        for (int from = 0; from < receipts.size(); from += MAX_BATCH) {
            List<MatchTransaction.Item> items = new ArrayList<>();
            for (ReceiptRecord r : receipts.subList(from, Math.min(receipts.size(), from + MAX_BATCH))) {
                items.add(MatchTransaction.Item.received(r));
            }
            run(items, true);
            for (MatchTransaction.Item item : items) {
                matches.add(item.result());
            }
        }
        return matches;
    }

    /**
     * Matches receipts recorded before their submission reached the store (received within
     * the orphan window), now that it may have.
     *
     * @return how many were matched
     */
    public int matchOrphans() {
        int matched = 0;
        while (true) {
            List<MatchTransaction.Item> orphans = Jdbc.read(dataSource, "find unmatched receipts",
                    c -> MatchTransaction.findMatchableOrphans(c, clock.instant().minus(orphanWindow), MAX_BATCH));
            if (orphans.isEmpty()) {
                return matched;
            }
            run(orphans, false);
            matched += orphans.size();
            if (orphans.size() < MAX_BATCH) {
                return matched;
            }
        }
    }

    private void commit(List<Waiting> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<MatchTransaction.Item> items = new ArrayList<>(batch.size());
        for (Waiting w : batch) {
            items.add(MatchTransaction.Item.received(w.receipt));
        }
        try {
            run(items, true);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result.complete(items.get(i).result());
            }
        } catch (RuntimeException e) {
            batch.forEach(w -> w.result.completeExceptionally(e));
        }
    }

    /**
     * One transaction over the items (with this node's queued submissions written first), tried
     * again when another node raced it: the same receipt inserted meanwhile, a deadlock.
     */
    private void run(List<MatchTransaction.Item> items, boolean withPending) {
        PendingSubmissions submissions = withPending ? pending : PendingSubmissions.NONE;
        for (int attempt = 1; ; attempt++) {
            items.forEach(MatchTransaction.Item::reset);
            try {
                submissions.inTransactionWithPending(dataSource, "record " + items.size() + " receipts",
                        new MatchTransaction(node, items));
                transactions.incrementAndGet();
                recorded.addAndGet(items.size());
                overtook.addAndGet(items.stream().filter(i -> i.pending != null).count());
                return;
            } catch (StoreException e) {
                if (attempt >= ATTEMPTS || !(e.getCause() instanceof SQLException sql) || !isRace(sql)) {
                    throw e;
                }
            }
        }
    }

    /** Transactions committed since start: with {@link #receiptsProcessed()}, how well receipts are grouped. */
    public long transactions() {
        return transactions.get();
    }

    /** Receipts (and matched orphans) committed since start. */
    public long receiptsProcessed() {
        return recorded.get();
    }

    /** Receipts that came before their submission was written, and were written with it. */
    public long receiptsBeforeTheirSubmission() {
        return overtook.get();
    }

    /** A unique violation (the same receipt inserted by another node), a deadlock or a serialisation failure. */
    private static boolean isRace(SQLException e) {
        String state = e.getSQLState();
        return Jdbc.isUniqueViolation(e) || "40001".equals(state) || "40P01".equals(state);
    }
}
