package org.smppconnector.store;

import javax.sql.DataSource;
import org.smppconnector.store.account.AccountRepository;
import org.smppconnector.store.jdbc.BoundedPool;
import org.smppconnector.store.jdbc.UrlDataSource;
import org.smppconnector.store.query.MessageQueries;
import org.smppconnector.store.receipt.ReceiptMatcher;
import org.smppconnector.store.retention.Retention;
import org.smppconnector.store.schema.StoreMigrations;
import org.smppconnector.store.status.SessionStatusStore;
import org.smppconnector.store.submission.SubmissionRecorder;

/**
 * The store, opened: the schema migrated and one of each part wired to the others (the
 * matcher writes the recorder's queued submissions before giving up on a receipt; each batch
 * of submissions is followed by a sweep for receipts that came before it). Starts no thread;
 * the caller's timer drives {@link SubmissionRecorder#flushIfDue()},
 * {@link ReceiptMatcher#matchOrphans()}, the session status and the retention.
 */
public final class SmppStore implements AutoCloseable {

    private final DataSource dataSource;
    private final BoundedPool ownPool;
    private final AccountRepository accounts;
    private final SubmissionRecorder recorder;
    private final ReceiptMatcher matcher;
    private final SessionStatusStore sessionStatus;
    private final Retention retention;
    private final MessageQueries messages;

    private SmppStore(DataSource dataSource, BoundedPool ownPool, StoreConfig config) {
        this.dataSource = dataSource;
        this.ownPool = ownPool;
        StoreMigrations.migrate(dataSource);
        this.accounts = new AccountRepository(dataSource, config.clock());
        this.sessionStatus = new SessionStatusStore(dataSource, config.clock());
        this.retention = new Retention(dataSource, config.clock());
        this.messages = new MessageQueries(dataSource);
        this.recorder = new SubmissionRecorder(dataSource, config.recorder(), config.node(), this::matchOrphans);
        this.matcher = new ReceiptMatcher(dataSource, config.clock(), config.node(), recorder, config.orphanWindow());
    }

    /**
     * Opens the database at {@code url} through the store's own bounded pool.
     *
     * @throws StoreException or {@link org.flywaydb.core.api.FlywayException} when it cannot be
     *         reached or migrated
     */
    public static SmppStore open(String url, String user, String password, StoreConfig config) {
        BoundedPool pool = new BoundedPool(new UrlDataSource(url, user, password), config.poolSize(),
                config.borrowTimeout());
        try {
            return new SmppStore(pool, pool, config);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens the store over a data source the container manages (its pool, its transactions off). */
    public static SmppStore open(DataSource dataSource, StoreConfig config) {
        return new SmppStore(dataSource, null, config);
    }

    /** After each batch of submissions: receipts that came before them. */
    private void matchOrphans() {
        matcher.matchOrphans();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public SubmissionRecorder recorder() {
        return recorder;
    }

    public ReceiptMatcher matcher() {
        return matcher;
    }

    public SessionStatusStore sessionStatus() {
        return sessionStatus;
    }

    public Retention retention() {
        return retention;
    }

    public MessageQueries messages() {
        return messages;
    }

    /** Writes the queued submissions, then closes the store's own pool (not a container's data source). */
    @Override
    public void close() {
        try {
            recorder.flush();
        } finally {
            if (ownPool != null) {
                ownPool.close();
            }
        }
    }
}
