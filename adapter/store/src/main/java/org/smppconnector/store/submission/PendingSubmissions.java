package org.smppconnector.store.submission;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.smppconnector.store.jdbc.Jdbc;

/**
 * Submissions this node recorded but has not written yet (the recorder batches them). On a
 * fast SMSC a receipt overtakes its submission's batch, so the matcher writes the queued
 * submissions in its own transaction, with the states its receipts give them: one transaction
 * instead of two, each row written once, and no receipt of this node misses a submission of
 * this node.
 */
public interface PendingSubmissions {

    /** None: for a matcher on a node that records no submissions. */
    PendingSubmissions NONE = new PendingSubmissions() {
        @Override
        public <T> T inTransactionWithPending(DataSource dataSource, String what, Work<T> work) {
            return Jdbc.inTransaction(dataSource, what, c -> {
                work.beforeInsert(c, List.of());
                return work.afterInsert(c);
            });
        }
    };

    /** Work done in the transaction that writes the queued submissions. */
    interface Work<T> {
        /** Sees the submissions about to be inserted, and may apply states to them. */
        void beforeInsert(Connection connection, List<PendingSubmission> pending) throws SQLException;

        /** Runs once they are inserted (their ids known). */
        T afterInsert(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction with the insertion of the submissions queued now. No
     * other batch of submissions is being written meanwhile, so every submission recorded before
     * this call is either among {@code pending} or committed. When the transaction fails the
     * submissions stay queued, without the states applied to them.
     */
    <T> T inTransactionWithPending(DataSource dataSource, String what, Work<T> work);
}
