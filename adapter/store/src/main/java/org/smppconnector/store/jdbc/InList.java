package org.smppconnector.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Placeholders for {@code IN (...)}, padded to 8, 64 or 1024 values by repeating the last one,
 * so that three statements serve every batch size and the statement caches keep working: H2
 * keeps only 8 parsed statements per connection by default (QUERY_CACHE_SIZE), PostgreSQL's
 * driver prepares on the server what it sees often.
 */
public final class InList {

    /** Values per list at most: split longer lists into chunks. */
    public static final int MAX = 1024;

    private InList() {
    }

    public static int paddedSize(int count) {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("an IN list holds 1.." + MAX + " values, not " + count);
        }
        return count <= 8 ? 8 : count <= 64 ? 64 : MAX;
    }

    /** {@code ?, ?, ?, ?} for {@code count} values, padded. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(paddedSize(count), "?"));
    }

    /**
     * A one-column table of {@code count} parameters (padded), {@code (VALUES (CAST(? AS type)), ...) AS v(k)},
     * to join with: H2 probes a composite index once per value this way, where it would use an
     * {@code IN} list only on an index's first column. Bind it with {@link #bindStrings}.
     */
    public static String valuesTable(int count, String sqlType) {
        String row = "(CAST(? AS " + sqlType + "))";
        return "(VALUES " + String.join(", ", Collections.nCopies(paddedSize(count), row)) + ") AS v(k)";
    }

    /** Binds the values from {@code index} on, then the padding; returns the next index. */
    public static int bindStrings(PreparedStatement statement, int index, List<String> values) throws SQLException {
        int padded = paddedSize(values.size());
        for (int i = 0; i < padded; i++) {
            statement.setString(index++, values.get(Math.min(i, values.size() - 1)));
        }
        return index;
    }

    public static int bindLongs(PreparedStatement statement, int index, List<Long> values) throws SQLException {
        int padded = paddedSize(values.size());
        for (int i = 0; i < padded; i++) {
            statement.setLong(index++, values.get(Math.min(i, values.size() - 1)));
        }
        return index;
    }

    /** {@code list} in chunks of at most {@link #MAX}; none for an empty list. */
    public static <T> List<List<T>> chunks(List<T> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.size() <= MAX) {
            return List.of(list);
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += MAX) {
            chunks.add(list.subList(from, Math.min(list.size(), from + MAX)));
        }
        return chunks;
    }
}
