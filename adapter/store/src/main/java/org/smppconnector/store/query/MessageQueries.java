package org.smppconnector.store.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.smppconnector.store.jdbc.Jdbc;
import org.smppconnector.store.state.DeliveryState;

/**
 * The console's reads over submissions and receipts: search, one message in full, counts per
 * state, delivered and failed per minute, delivery latency. Every criterion is a bound
 * parameter; every search is served by an index (see V1__schema.sql).
 */
public final class MessageQueries {

    private static final String SUMMARY_COLUMNS = "s.id, s.account, s.source, s.destination, s.text, s.text_digest,"
            + " s.user_reference, s.part_count, s.state, s.state_at, s.node, s.submitted_at";
    private static final String FAILURES = "'EXPIRED', 'DELETED', 'UNDELIVERABLE', 'REJECTED', 'SKIPPED'";

    private final DataSource dataSource;

    public MessageQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<MessageSummary> search(MessageSearch search) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM submission s WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (search.messageId() != null) {
            sql.append(" AND s.id IN (SELECT p.submission_id FROM submission_part p WHERE p.message_id = ?)");
            parameters.add(search.messageId());
        }
        condition(sql, parameters, "s.destination = ?", search.destination());
        condition(sql, parameters, "s.source = ?", search.source());
        condition(sql, parameters, "s.account = ?", search.account());
        condition(sql, parameters, "s.state = ?", search.state() == null ? null : search.state().name());
        condition(sql, parameters, "s.submitted_at >= ?", search.from());
        condition(sql, parameters, "s.submitted_at < ?", search.to());
        condition(sql, parameters, "s.user_reference = ?", search.userReference());
        sql.append(" ORDER BY s.submitted_at DESC, s.id DESC OFFSET ").append(search.offset())
                .append(" ROWS FETCH FIRST ").append(search.limit() + 1).append(" ROWS ONLY");
        return Jdbc.read(dataSource, "search messages", c -> {
            List<MessageSummary> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                bind(s, parameters);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(summary(rs));
                    }
                }
            }
            boolean hasMore = rows.size() > search.limit();
            return new Page<>(hasMore ? rows.subList(0, search.limit()) : rows, search.offset(), hasMore);
        });
    }

    /** The message with its parts and their receipts; empty when there is none (or it was purged). */
    public Optional<MessageDetail> message(long submissionId) {
        return Jdbc.read(dataSource, "read message " + submissionId, c -> {
            MessageSummary summary;
            try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM submission s WHERE s.id = ?")) {
                s.setLong(1, submissionId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    summary = summary(rs);
                }
            }
            return Optional.of(new MessageDetail(summary, parts(c, submissionId), receipts(c, submissionId)));
        });
    }

    /** Messages per combined state, submitted in [from, to), of one account or all (null). */
    public Map<DeliveryState, Long> countsByState(Instant from, Instant to, String account) {
        return Jdbc.read(dataSource, "count messages per state", c -> {
            Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
            try (PreparedStatement s = c.prepareStatement("SELECT state, COUNT(*) FROM submission WHERE submitted_at >= ?"
                    + " AND submitted_at < ?" + (account == null ? "" : " AND account = ?") + " GROUP BY state")) {
                bindRange(s, from, to, account);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.put(DeliveryState.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /** Parts delivered and failed per minute, by when they reached that state, in [from, to); minutes with none are left out. */
    public List<MinuteCount> deliveredFailedPerMinute(Instant from, Instant to, String account) {
        return Jdbc.read(dataSource, "count deliveries per minute", c -> {
            List<MinuteCount> minutes = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT FLOOR(EXTRACT(EPOCH FROM state_at) / 60) AS minute_number,"
                    + " SUM(CASE WHEN state = 'DELIVERED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN state IN (" + FAILURES + ") THEN 1 ELSE 0 END)"
                    + " FROM submission_part WHERE state_at >= ? AND state_at < ?"
                    + (account == null ? "" : " AND account = ?")
                    + " AND state IN ('DELIVERED', " + FAILURES + ") GROUP BY FLOOR(EXTRACT(EPOCH FROM state_at) / 60)"
                    + " ORDER BY minute_number")) {
                bindRange(s, from, to, account);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        minutes.add(new MinuteCount(Instant.ofEpochSecond(rs.getLong(1) * 60), rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
            return minutes;
        });
    }

    /** Latency from submission to DELIVERED of the parts delivered in [from, to). */
    public LatencyStats deliveryLatency(Instant from, Instant to, String account) {
        String latency = "(EXTRACT(EPOCH FROM state_at) - EXTRACT(EPOCH FROM submitted_at))";
        return Jdbc.read(dataSource, "measure delivery latency", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), AVG(" + latency + "),"
                    + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + latency + "),"
                    + " PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY " + latency + "), MAX(" + latency + ")"
                    + " FROM submission_part WHERE state_at >= ? AND state_at < ?"
                    + (account == null ? "" : " AND account = ?") + " AND state = 'DELIVERED'")) {
                bindRange(s, from, to, account);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new LatencyStats(rs.getLong(1), seconds(rs.getBigDecimal(2)), seconds(rs.getBigDecimal(3)),
                            seconds(rs.getBigDecimal(4)), seconds(rs.getBigDecimal(5)));
                }
            }
        });
    }

    private static List<PartDetail> parts(Connection c, long submissionId) throws SQLException {
        List<PartDetail> parts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, part_number, message_id, state, error_code, state_at"
                + " FROM submission_part WHERE submission_id = ? ORDER BY part_number")) {
            s.setLong(1, submissionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    parts.add(new PartDetail(rs.getLong(1), rs.getInt(2), rs.getString(3),
                            DeliveryState.valueOf(rs.getString(4)), rs.getString(5), Jdbc.getInstant(rs, 6)));
                }
            }
        }
        return parts;
    }

    private static List<ReceiptDetail> receipts(Connection c, long submissionId) throws SQLException {
        List<ReceiptDetail> receipts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.part_id, r.message_id, r.state, r.error_code,"
                + " r.submit_date, r.done_date, r.received_at, r.node, r.session, r.text, r.deliveries FROM receipt r"
                + " WHERE r.part_id IN (SELECT p.id FROM submission_part p WHERE p.submission_id = ?)"
                + " ORDER BY r.received_at, r.id")) {
            s.setLong(1, submissionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long partId = rs.getLong(2);
                    receipts.add(new ReceiptDetail(rs.getLong(1), rs.wasNull() ? null : partId, rs.getString(3),
                            DeliveryState.valueOf(rs.getString(4)), rs.getString(5), Jdbc.getInstant(rs, 6),
                            Jdbc.getInstant(rs, 7), Jdbc.getInstant(rs, 8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getInt(12)));
                }
            }
        }
        return receipts;
    }

    private static MessageSummary summary(ResultSet rs) throws SQLException {
        return new MessageSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), DeliveryState.valueOf(rs.getString(9)),
                Jdbc.getInstant(rs, 10), rs.getString(11), Jdbc.getInstant(rs, 12));
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant instant) {
                Jdbc.setInstant(s, i + 1, instant);
            } else {
                s.setString(i + 1, (String) value);
            }
        }
    }

    private static void bindRange(PreparedStatement s, Instant from, Instant to, String account) throws SQLException {
        Jdbc.setInstant(s, 1, from);
        Jdbc.setInstant(s, 2, to);
        if (account != null) {
            s.setString(3, account);
        }
    }

    private static Duration seconds(BigDecimal value) {
        if (value == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(value.movePointRight(9).longValue());
    }
}
