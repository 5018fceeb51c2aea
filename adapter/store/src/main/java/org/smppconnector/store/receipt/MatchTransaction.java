package org.smppconnector.store.receipt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smppconnector.store.jdbc.InList;
import org.smppconnector.store.jdbc.Jdbc;
import org.smppconnector.store.state.DeliveryState;

/**
 * The statements of one receipt batch, in a fixed number of round trips whatever its size:
 * find duplicates, find the parts, lock their submissions (in id order, so that two nodes
 * cannot deadlock), read all their parts, apply the states in memory, write receipts, parts and
 * submissions in JDBC batches.
 */
final class MatchTransaction {

    private final String node;

    MatchTransaction(String node) {
        this.node = node;
    }

    /** A receipt in a batch, and what the batch found for it. */
    static final class Item {
        final ReceiptRecord record;
        final String fingerprint;
        /** The receipt's row when it is already stored (a duplicate, or an orphan being matched). */
        Long existingId;
        boolean existingMatched;
        /** Received now, not re-read from the store: a duplicate of it counts as a delivery. */
        final boolean received;
        /** An earlier item of the same batch this one duplicates. */
        Item sameAs;
        int extraDeliveries;
        long partId;
        long submissionId;
        ReceiptMatch result;

        private Item(ReceiptRecord record, Long existingId, boolean received) {
            this.record = record;
            this.fingerprint = received ? record.fingerprint() : null;
            this.existingId = existingId;
            this.received = received;
        }

        static Item received(ReceiptRecord record) {
            return new Item(record, null, true);
        }

        static Item orphan(long receiptId, ReceiptRecord record) {
            return new Item(record, receiptId, false);
        }

        void reset() {
            if (received) {
                existingId = null;
            }
            existingMatched = false;
            sameAs = null;
            extraDeliveries = 0;
            partId = 0;
            submissionId = 0;
            result = null;
        }

        boolean duplicate() {
            return received && (existingId != null || sameAs != null);
        }

        /** Whether its state is to be applied to its part: new, or stored but never matched. */
        boolean applies() {
            return sameAs == null && (existingId == null || !existingMatched);
        }

        ReceiptMatch result() {
            return result;
        }
    }

    private static final class Part {
        final long id;
        final int number;
        DeliveryState state;
        String errorCode;
        Instant stateAt;
        boolean dirty;

        Part(long id, int number, DeliveryState state) {
            this.id = id;
            this.number = number;
            this.state = state;
        }
    }

    private static final class Submission {
        final long id;
        final String userReference;
        final int partCount;
        final Instant submittedAt;
        DeliveryState state;
        Instant stateAt;
        boolean touched;
        boolean dirty;
        final List<Part> parts = new ArrayList<>();

        Submission(long id, String userReference, int partCount, DeliveryState state, Instant submittedAt) {
            this.id = id;
            this.userReference = userReference;
            this.partCount = partCount;
            this.state = state;
            this.submittedAt = submittedAt;
        }
    }

    /**
     * Applies the batch.
     *
     * @return false, having written nothing, when {@code stopWhenUnmatched} and a receipt to
     *         apply found no submission: the caller writes its queued submissions and runs again
     */
    boolean apply(Connection c, List<Item> items, boolean stopWhenUnmatched) throws SQLException {
        findDuplicates(c, items);
        findParts(c, items);
        if (stopWhenUnmatched && items.stream().anyMatch(i -> i.applies() && i.partId == 0)) {
            return false;
        }
        Map<Long, Submission> submissions = lockSubmissions(c, items);
        Map<Long, Part> parts = readParts(c, submissions);
        applyStates(items, submissions, parts);
        writeReceipts(c, items);
        writeParts(c, parts);
        writeSubmissions(c, submissions);
        for (Item item : items) {
            item.result = result(item, submissions, parts);
        }
        return true;
    }

    /** Unmatched receipts received since {@code since} whose part is now in the store. */
    List<Item> findMatchableOrphans(Connection c, Instant since, int limit) throws SQLException {
        List<Item> orphans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.account, r.message_id, r.state, r.error_code,"
                + " r.received_at FROM receipt r WHERE r.part_id IS NULL AND r.received_at >= ? AND EXISTS (SELECT 1 FROM"
                + " submission_part p WHERE p.account = r.account AND p.message_id = r.message_id) ORDER BY r.id"
                + " FETCH FIRST " + limit + " ROWS ONLY")) {
            Jdbc.setInstant(s, 1, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ReceiptRecord record = new ReceiptRecord(rs.getString(2), rs.getString(3),
                            DeliveryState.valueOf(rs.getString(4)), rs.getString(5), null, null,
                            Jdbc.getInstant(rs, 6), null, null);
                    orphans.add(Item.orphan(rs.getLong(1), record));
                }
            }
        }
        return orphans;
    }

    private static void findDuplicates(Connection c, List<Item> items) throws SQLException {
        Map<String, List<Item>> byAccount = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.received) {
                byAccount.computeIfAbsent(item.record.account(), a -> new ArrayList<>()).add(item);
            }
        }
        for (Map.Entry<String, List<Item>> account : byAccount.entrySet()) {
            for (List<Item> chunk : InList.chunks(account.getValue())) {
                Map<String, List<Item>> byFingerprint = new HashMap<>();
                for (Item item : chunk) {
                    byFingerprint.computeIfAbsent(item.fingerprint, f -> new ArrayList<>()).add(item);
                }
                // By message id (the fingerprint covers it): see findParts.
                List<String> messageIds = chunk.stream().map(i -> i.record.messageId()).distinct().toList();
                try (PreparedStatement s = c.prepareStatement("SELECT id, fingerprint, part_id, account FROM receipt"
                        + " WHERE message_id IN (" + InList.placeholders(messageIds.size()) + ")")) {
                    InList.bindStrings(s, 1, messageIds);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            rs.getLong(3);
                            boolean matched = !rs.wasNull();
                            List<Item> same = byFingerprint.get(rs.getString(2));
                            if (same == null || !account.getKey().equals(rs.getString(4))) {
                                continue;
                            }
                            for (Item item : same) {
                                item.existingId = id;
                                item.existingMatched = matched;
                            }
                        }
                    }
                }
            }
        }
        Map<String, Item> firstNew = new HashMap<>();
        for (Item item : items) {
            if (item.received && item.existingId == null) {
                Item first = firstNew.putIfAbsent(item.record.account() + '\0' + item.fingerprint, item);
                if (first != null) {
                    item.sameAs = first;
                    first.extraDeliveries++;
                }
            }
        }
    }

    /**
     * The newest part with the receipt's account and message id (ids are reused, rarely).
     *
     * <p>Parts (and receipts, in {@link #findDuplicates}) are looked up by {@code message_id IN
     * (...)} alone, on that column's own index, and the account compared here: given
     * {@code account = ? AND message_id IN (...)}, H2 2.2 uses the (account, message_id) index
     * for the account only and reads every row of the account, so each batch grew slower with
     * the table.
     */
    private static void findParts(Connection c, List<Item> items) throws SQLException {
        Map<String, Map<String, List<Item>>> byAccount = new LinkedHashMap<>();
        for (Item item : items) {
            byAccount.computeIfAbsent(item.record.account(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(item.record.messageId(), m -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<String, Map<String, List<Item>>> account : byAccount.entrySet()) {
            List<String> messageIds = new ArrayList<>(account.getValue().keySet());
            for (List<String> chunk : InList.chunks(messageIds)) {
                try (PreparedStatement s = c.prepareStatement("SELECT id, submission_id, message_id, account FROM"
                        + " submission_part WHERE message_id IN (" + InList.placeholders(chunk.size()) + ")")) {
                    InList.bindStrings(s, 1, chunk);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            if (!account.getKey().equals(rs.getString(4))) {
                                continue;
                            }
                            long partId = rs.getLong(1);
                            for (Item item : account.getValue().get(rs.getString(3))) {
                                if (partId > item.partId) {
                                    item.partId = partId;
                                    item.submissionId = rs.getLong(2);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static Map<Long, Submission> lockSubmissions(Connection c, List<Item> items) throws SQLException {
        List<Long> ids = items.stream().filter(i -> i.partId != 0).map(i -> i.submissionId).distinct().sorted().toList();
        Map<Long, Submission> submissions = new TreeMap<>();
        for (List<Long> chunk : InList.chunks(ids)) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, user_reference, part_count, state, submitted_at"
                    + " FROM submission WHERE id IN (" + InList.placeholders(chunk.size()) + ") ORDER BY id FOR UPDATE")) {
                InList.bindLongs(s, 1, chunk);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        submissions.put(rs.getLong(1), new Submission(rs.getLong(1), rs.getString(2), rs.getInt(3),
                                DeliveryState.valueOf(rs.getString(4)), Jdbc.getInstant(rs, 5)));
                    }
                }
            }
        }
        return submissions;
    }

    private static Map<Long, Part> readParts(Connection c, Map<Long, Submission> submissions) throws SQLException {
        Map<Long, Part> parts = new HashMap<>();
        for (List<Long> chunk : InList.chunks(new ArrayList<>(submissions.keySet()))) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, submission_id, part_number, state FROM submission_part"
                    + " WHERE submission_id IN (" + InList.placeholders(chunk.size()) + ")")) {
                InList.bindLongs(s, 1, chunk);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Part part = new Part(rs.getLong(1), rs.getInt(3), DeliveryState.valueOf(rs.getString(4)));
                        parts.put(part.id, part);
                        submissions.get(rs.getLong(2)).parts.add(part);
                    }
                }
            }
        }
        for (Submission submission : submissions.values()) {
            submission.parts.sort(Comparator.comparingInt(p -> p.number));
        }
        return parts;
    }

    private static void applyStates(List<Item> items, Map<Long, Submission> submissions, Map<Long, Part> parts) {
        for (Item item : items) {
            if (!item.applies() || item.partId == 0) {
                continue;
            }
            Part part = parts.get(item.partId);
            if (part == null) {
                item.partId = 0;    // its submission was purged meanwhile
                continue;
            }
            if (item.record.state().replaces(part.state)) {
                part.state = item.record.state();
                part.errorCode = item.record.errorCode();
                part.stateAt = item.record.receivedAt();
                part.dirty = true;
                Submission submission = submissions.get(item.submissionId);
                submission.touched = true;
                if (submission.stateAt == null || part.stateAt.isAfter(submission.stateAt)) {
                    submission.stateAt = part.stateAt;
                }
            }
        }
        for (Submission submission : submissions.values()) {
            if (submission.touched) {
                DeliveryState combined = DeliveryState.combine(submission.parts.stream().map(p -> p.state).toList());
                if (combined != submission.state) {
                    submission.state = combined;
                    submission.dirty = true;
                }
            }
        }
    }

    private void writeReceipts(Connection c, List<Item> items) throws SQLException {
        boolean inserts = false;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO receipt (account, message_id, part_id, state, error_code,"
                + " submit_date, done_date, received_at, node, session, text, fingerprint, deliveries)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Item item : items) {
                if (!item.received || item.duplicate()) {
                    continue;
                }
                ReceiptRecord r = item.record;
                s.setString(1, r.account());
                s.setString(2, r.messageId());
                if (item.partId == 0) {
                    s.setNull(3, Types.BIGINT);
                } else {
                    s.setLong(3, item.partId);
                }
                s.setString(4, r.state().name());
                s.setString(5, r.errorCode());
                Jdbc.setInstant(s, 6, r.submitDate());
                Jdbc.setInstant(s, 7, r.doneDate());
                Jdbc.setInstant(s, 8, r.receivedAt());
                s.setString(9, node);
                s.setString(10, r.session());
                s.setString(11, r.text());
                s.setString(12, item.fingerprint);
                s.setInt(13, 1 + item.extraDeliveries);
                s.addBatch();
                inserts = true;
            }
            if (inserts) {
                s.executeBatch();
            }
        }
        boolean updates = false;
        try (PreparedStatement s = c.prepareStatement("UPDATE receipt SET deliveries = deliveries + ?,"
                + " part_id = COALESCE(part_id, ?) WHERE id = ?")) {
            for (Item item : items) {
                if (item.existingId == null || (!item.received && item.partId == 0)) {
                    continue;
                }
                s.setInt(1, item.received ? 1 : 0);
                if (item.partId == 0) {
                    s.setNull(2, Types.BIGINT);
                } else {
                    s.setLong(2, item.partId);
                }
                s.setLong(3, item.existingId);
                s.addBatch();
                updates = true;
            }
            if (updates) {
                s.executeBatch();
            }
        }
    }

    private static void writeParts(Connection c, Map<Long, Part> parts) throws SQLException {
        List<Part> dirty = parts.values().stream().filter(p -> p.dirty).sorted(Comparator.comparingLong(p -> p.id)).toList();
        if (dirty.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE submission_part SET state = ?, error_code = ?, state_at = ?"
                + " WHERE id = ?")) {
            for (Part part : dirty) {
                s.setString(1, part.state.name());
                s.setString(2, part.errorCode);
                Jdbc.setInstant(s, 3, part.stateAt);
                s.setLong(4, part.id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void writeSubmissions(Connection c, Map<Long, Submission> submissions) throws SQLException {
        boolean any = false;
        try (PreparedStatement s = c.prepareStatement("UPDATE submission SET state = ?, state_at = ? WHERE id = ?")) {
            for (Submission submission : submissions.values()) {
                if (submission.dirty) {
                    s.setString(1, submission.state.name());
                    Jdbc.setInstant(s, 2, submission.stateAt);
                    s.setLong(3, submission.id);
                    s.addBatch();
                    any = true;
                }
            }
            if (any) {
                s.executeBatch();
            }
        }
    }

    private static ReceiptMatch result(Item item, Map<Long, Submission> submissions, Map<Long, Part> parts) {
        boolean duplicate = item.duplicate();
        if (item.partId == 0) {
            return ReceiptMatch.unmatched(item.record, duplicate);
        }
        Submission submission = submissions.get(item.submissionId);
        Part part = parts.get(item.partId);
        if (submission == null || part == null) {
            return ReceiptMatch.unmatched(item.record, duplicate);
        }
        return new ReceiptMatch(item.record, duplicate, true, submission.id, part.id, part.number, submission.partCount,
                submission.userReference, part.state, submission.state, submission.submittedAt);
    }
}
