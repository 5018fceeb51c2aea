package org.smppconnector.console.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.smppconnector.store.jdbc.Jdbc;
import org.smppconnector.store.query.Page;
import org.smppconnector.store.state.DeliveryState;

/**
 * Receipt search for {@code GET /api/receipts}: the store reads receipts per message only, the
 * console also lists them across messages (unmatched ones included). Parameterised; served by
 * the receipt table's indexes on message id and received_at.
 */
public final class ReceiptQueries {

    private final DataSource dataSource;

    public ReceiptQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<ReceiptRow> search(ReceiptSearch search) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.account, r.message_id, p.submission_id, p.part_number,"
                + " r.state, r.error_code, r.submit_date, r.done_date, r.received_at, r.node, r.session, r.deliveries"
                + " FROM receipt r LEFT JOIN submission_part p ON p.id = r.part_id WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (search.messageId() != null) {
            sql.append(" AND r.message_id = ?");
            parameters.add(search.messageId());
        }
        if (search.account() != null) {
            sql.append(" AND r.account = ?");
            parameters.add(search.account());
        }
        if (search.state() != null) {
            sql.append(" AND r.state = ?");
            parameters.add(search.state().name());
        }
        if (search.from() != null) {
            sql.append(" AND r.received_at >= ?");
            parameters.add(search.from());
        }
        if (search.to() != null) {
            sql.append(" AND r.received_at < ?");
            parameters.add(search.to());
        }
        if (search.matched() != null) {
            sql.append(search.matched() ? " AND r.part_id IS NOT NULL" : " AND r.part_id IS NULL");
        }
        sql.append(" ORDER BY r.received_at DESC, r.id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        parameters.add(search.offset());
        parameters.add(search.limit() + 1);
        return Jdbc.read(dataSource, "search receipts", c -> {
            List<ReceiptRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    if (value instanceof java.time.Instant instant) {
                        Jdbc.setInstant(s, i + 1, instant);
                    } else {
                        s.setObject(i + 1, value);
                    }
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long submission = rs.getLong(4);
                        Long submissionId = rs.wasNull() ? null : submission;
                        int part = rs.getInt(5);
                        Integer partNumber = rs.wasNull() ? null : part;
                        rows.add(new ReceiptRow(rs.getLong(1), rs.getString(2), rs.getString(3), submissionId,
                                partNumber, DeliveryState.valueOf(rs.getString(6)), rs.getString(7),
                                Jdbc.getInstant(rs, 8), Jdbc.getInstant(rs, 9), Jdbc.getInstant(rs, 10),
                                rs.getString(11), rs.getString(12), rs.getInt(13)));
                    }
                }
            }
            boolean hasMore = rows.size() > search.limit();
            return new Page<>(hasMore ? rows.subList(0, search.limit()) : rows, search.offset(), hasMore);
        });
    }
}
