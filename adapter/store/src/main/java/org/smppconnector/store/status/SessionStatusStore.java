package org.smppconnector.store.status;

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
import org.smppconnector.store.jdbc.Jdbc;

/**
 * Session status for the console: each node replaces the rows of all its binds periodically
 * ({@link #write}, one small transaction, so a reader sees the old set or the new one), the
 * console reads them. A bind removed by reconcile disappears at the node's next write; a node
 * that died leaves rows that age, which {@link #deleteStale} removes.
 */
public final class SessionStatusStore {

    private static final String COLUMNS = "node, account, bind_group, bind_index, host, bind_type, state, window_in_use,"
            + " window_size, last_enquire_link, submits_per_minute, receipts_per_minute, errors_per_minute, last_error,"
            + " updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    public SessionStatusStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Replaces the node's rows by {@code rows} (all of its binds, every account), in one transaction. */
    public void write(String node, List<SessionStatusRow> rows) {
        Instant now = clock.instant();
        for (SessionStatusRow row : rows) {
            if (!row.node().equals(node)) {
                throw new IllegalArgumentException("a row of node " + row.node() + " among those of " + node);
            }
        }
        Jdbc.inTransaction(dataSource, "write the session status of " + node, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM session_status WHERE node = ?")) {
                s.setString(1, node);
                s.executeUpdate();
            }
            insert(c, rows, now);
            return null;
        });
    }

    /** Removes the node's rows: at its orderly shutdown. */
    public void removeNode(String node) {
        Jdbc.inTransaction(dataSource, "remove the session status of " + node, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM session_status WHERE node = ?")) {
                s.setString(1, node);
                return s.executeUpdate();
            }
        });
    }

    /** Removes rows no node has written for {@code age}: nodes that died. Returns how many. */
    public int deleteStale(Duration age) {
        return Jdbc.inTransaction(dataSource, "delete stale session status", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM session_status WHERE updated_at < ?")) {
                Jdbc.setInstant(s, 1, clock.instant().minus(age));
                return s.executeUpdate();
            }
        });
    }

    /** Every row, by account, bind group, node and bind. */
    public List<SessionStatusRow> read() {
        return select("SELECT " + COLUMNS + " FROM session_status ORDER BY account, bind_group, node, bind_index", null);
    }

    public List<SessionStatusRow> read(String account) {
        return select("SELECT " + COLUMNS + " FROM session_status WHERE account = ? ORDER BY bind_group, node, bind_index",
                account);
    }

    /** Binds and bound sessions per account and bind group, over all nodes. */
    public List<BoundCount> boundCounts() {
        return Jdbc.read(dataSource, "count bound sessions", c -> {
            List<BoundCount> counts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT account, bind_group, COUNT(*),"
                    + " SUM(CASE WHEN state LIKE 'BOUND%' THEN 1 ELSE 0 END) FROM session_status"
                    + " GROUP BY account, bind_group ORDER BY account, bind_group");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.add(new BoundCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            return counts;
        });
    }

    private static void insert(Connection c, List<SessionStatusRow> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO session_status (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SessionStatusRow row : rows) {
                s.setString(1, row.node());
                s.setString(2, row.account());
                s.setString(3, row.bindGroup());
                s.setInt(4, row.bindIndex());
                s.setString(5, row.host());
                s.setString(6, row.bindType());
                s.setString(7, row.state());
                s.setInt(8, row.windowInUse());
                s.setInt(9, row.windowSize());
                Jdbc.setInstant(s, 10, row.lastEnquireLink());
                s.setInt(11, row.submitsPerMinute());
                s.setInt(12, row.receiptsPerMinute());
                s.setInt(13, row.errorsPerMinute());
                s.setString(14, row.lastError());
                Jdbc.setInstant(s, 15, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private List<SessionStatusRow> select(String sql, String account) {
        return Jdbc.read(dataSource, "read session status", c -> {
            List<SessionStatusRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (account != null) {
                    s.setString(1, account);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new SessionStatusRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                                Jdbc.getInstant(rs, 10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getString(14),
                                Jdbc.getInstant(rs, 15)));
                    }
                }
            }
            return rows;
        });
    }
}
