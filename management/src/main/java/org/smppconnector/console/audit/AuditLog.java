package org.smppconnector.console.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.smppconnector.store.jdbc.Jdbc;

/** The store's {@code audit_log}: every configuration change made through the console. */
public final class AuditLog {

    /** What the console records; the names are the log's {@code action} column. */
    public static final String ACCOUNT_CREATED = "account.created";
    public static final String ACCOUNT_UPDATED = "account.updated";
    public static final String ACCOUNT_DELETED = "account.deleted";
    public static final String BIND_GROUPS_UPDATED = "bind-groups.updated";
    public static final String USER_CREATED = "user.created";
    public static final String USER_DELETED = "user.deleted";
    public static final String TOKEN_ISSUED = "token.issued";
    public static final String TOKEN_REVOKED = "token.revoked";
    public static final String PASSWORD_CHANGED = "password.changed";

    private static final int MAX_DETAIL = 4000;

    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void record(String username, String action, String target, String detail) {
        String cut = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
        Jdbc.inTransaction(dataSource, "write the audit log", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit_log (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
                Jdbc.setInstant(s, 1, clock.instant());
                s.setString(2, username);
                s.setString(3, action);
                s.setString(4, target);
                s.setString(5, cut);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Entries newest first, optionally only in [from, to) and of one target.
     *
     * @param from   null for no lower bound
     * @param to     null for no upper bound
     * @param target null for every target
     */
    public List<AuditEntry> list(Instant from, Instant to, String target, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, username, action, target, detail FROM audit_log WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (from != null) {
            sql.append(" AND at >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" AND at < ?");
            parameters.add(to);
        }
        if (target != null) {
            sql.append(" AND target = ?");
            parameters.add(target);
        }
        sql.append(" ORDER BY at DESC, id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        parameters.add(offset);
        parameters.add(limit);
        return Jdbc.read(dataSource, "read the audit log", c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    if (parameters.get(i) instanceof Instant instant) {
                        Jdbc.setInstant(s, i + 1, instant);
                    } else {
                        s.setObject(i + 1, parameters.get(i));
                    }
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong(1), Jdbc.getInstant(rs, 2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return entries;
        });
    }
}
