package org.smppconnector.store.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.smppconnector.store.jdbc.InList;
import org.smppconnector.store.jdbc.Jdbc;

/**
 * Removes submissions (with their parts) and receipts older than an age, a batch of rows per
 * transaction, so that a purge never holds long locks nor grows one huge transaction; the
 * adapter's or the console's timer calls {@link #purge} now and then. A receipt goes by its own
 * age: one that arrived long after its submission outlives it a little.
 */
public final class Retention {

    private final DataSource dataSource;
    private final Clock clock;

    public Retention(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * @param maxAge     what is older goes (submissions by submitted_at, receipts by received_at)
     * @param batchSize  rows of one table per transaction, at most {@value InList#MAX}
     * @param maxBatches transactions per call at most, so that a timer's call ends soon
     */
    public PurgeResult purge(Duration maxAge, int batchSize, int maxBatches) {
        if (batchSize < 1 || batchSize > InList.MAX) {
            throw new IllegalArgumentException("batchSize must be 1.." + InList.MAX + ": " + batchSize);
        }
        Instant cutoff = clock.instant().minus(maxAge);
        long receipts = 0;
        long submissions = 0;
        long parts = 0;
        int batches = 0;
        boolean receiptsLeft = true;
        boolean submissionsLeft = true;
        while ((receiptsLeft || submissionsLeft) && batches < maxBatches) {
            if (receiptsLeft) {
                int n = Jdbc.inTransaction(dataSource, "purge receipts", c -> purgeReceipts(c, cutoff, batchSize));
                receipts += n;
                receiptsLeft = n == batchSize;
                batches++;
            }
            if (submissionsLeft && batches < maxBatches) {
                long[] n = Jdbc.inTransaction(dataSource, "purge submissions", c -> purgeSubmissions(c, cutoff, batchSize));
                submissions += n[0];
                parts += n[1];
                submissionsLeft = n[0] == batchSize;
                batches++;
            }
        }
        return new PurgeResult(submissions, parts, receipts, !receiptsLeft && !submissionsLeft);
    }

    private static int purgeReceipts(Connection c, Instant cutoff, int batchSize) throws SQLException {
        List<Long> ids = oldest(c, "SELECT id FROM receipt WHERE received_at < ? ORDER BY received_at", cutoff, batchSize);
        return ids.isEmpty() ? 0 : deleteIds(c, "DELETE FROM receipt WHERE id IN (", ids);
    }

    private static long[] purgeSubmissions(Connection c, Instant cutoff, int batchSize) throws SQLException {
        List<Long> ids = oldest(c, "SELECT id FROM submission WHERE submitted_at < ? ORDER BY submitted_at", cutoff,
                batchSize);
        if (ids.isEmpty()) {
            return new long[] {0, 0};
        }
        int parts = deleteIds(c, "DELETE FROM submission_part WHERE submission_id IN (", ids);
        int submissions = deleteIds(c, "DELETE FROM submission WHERE id IN (", ids);
        return new long[] {submissions, parts};
    }

    private static List<Long> oldest(Connection c, String sql, Instant cutoff, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql + " FETCH FIRST " + limit + " ROWS ONLY")) {
            Jdbc.setInstant(s, 1, cutoff);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static int deleteIds(Connection c, String sqlPrefix, List<Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sqlPrefix + InList.placeholders(ids.size()) + ")")) {
            InList.bindLongs(s, 1, ids);
            return s.executeUpdate();
        }
    }
}
