package org.smppconnector.console.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.smppconnector.console.data.StoreAccessException;

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
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO audit_log (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
            s.setString(2, username);
            s.setString(3, action);
            s.setString(4, target);
            s.setString(5, cut);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreAccessException("writing the audit log", e);
        }
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
            parameters.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND at < ?");
            parameters.add(to.atOffset(ZoneOffset.UTC));
        }
        if (target != null) {
            sql.append(" AND target = ?");
            parameters.add(target);
        }
        sql.append(" ORDER BY at DESC, id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        parameters.add(offset);
        parameters.add(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreAccessException("reading the audit log", e);
        }
    }
}
