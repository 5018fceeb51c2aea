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
import org.smppconnector.store.submission.PendingSubmission;
import org.smppconnector.store.submission.PendingSubmissions;

/**
 * The statements of one receipt batch, in a fixed number of round trips whatever its size:
 * find duplicates; apply the receipts of this node's queued submissions to them before they
 * are inserted (the usual case: each row is written once, with its state); for the others,
 * find the parts, lock their submissions (in id order, so that two nodes cannot deadlock), read
 * all their parts, apply the states in memory; then write receipts, parts and submissions in
 * JDBC batches.
 */
final class MatchTransaction implements PendingSubmissions.Work<Void> {

    private final String node;
    private final List<Item> items;

    MatchTransaction(String node, List<Item> items) {
        this.node = node;
        this.items = items;
    }

    /** A receipt in a batch, and what the batch found for it. */
    static final class Item {
        final ReceiptRecord record;
        final String fingerprint;
        /** Received now, not re-read from the store: a duplicate of it counts as a delivery. */
        final boolean received;
        /** The receipt's row when it is already stored (a duplicate, or an orphan being matched). */
        Long existingId;
        boolean existingMatched;
        /** An earlier item of the same batch this one duplicates. */
        Item sameAs;
        int extraDeliveries;
        /** Its submission when it is among those being inserted in this transaction. */
        PendingSubmission pending;
        int pendingPart;
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

        /** Back to what the receipt alone says, before a (repeated) attempt. */
        void reset() {
            if (received) {
                existingId = null;
            }
            existingMatched = false;
            sameAs = null;
            extraDeliveries = 0;
            pending = null;
            pendingPart = 0;
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

    @Override
    public void beforeInsert(Connection c, List<PendingSubmission> pending) throws SQLException {
        findDuplicates(c);
        if (pending.isEmpty()) {
            return;
        }
        Map<String, PendingSubmission> byKey = new HashMap<>();
        Map<String, Integer> partOfKey = new HashMap<>();
        for (PendingSubmission p : pending) {
            List<String> ids = p.record().messageIds();
            for (int part = 1; part <= ids.size(); part++) {
                String key = p.record().account() + '\0' + ids.get(part - 1);
                byKey.put(key, p);     // a later submission with a reused id wins
                partOfKey.put(key, part);
            }
        }
        for (Item item : items) {
            String key = item.record.account() + '\0' + item.record.messageId();
            PendingSubmission p = byKey.get(key);
            if (p != null) {
                item.pending = p;
                item.pendingPart = partOfKey.get(key);
                if (item.applies()) {
                    p.apply(item.pendingPart, item.record.state(), item.record.errorCode(), item.record.receivedAt());
                }
            }
        }
    }

    @Override
    public Void afterInsert(Connection c) throws SQLException {
        for (Item item : items) {
            if (item.pending != null) {
                item.submissionId = item.pending.id();
                item.partId = item.pending.partId(item.pendingPart);
            }
        }
        findStoredParts(c);
        Map<Long, Submission> submissions = lockSubmissions(c);
        Map<Long, Part> parts = readParts(c, submissions);
        applyStates(submissions, parts);
        writeReceipts(c);
        writeParts(c, parts);
        writeSubmissions(c, submissions);
        for (Item item : items) {
            item.result = result(item, submissions, parts);
        }
        return null;
    }

    /** Unmatched receipts received since {@code since} whose part is now in the store. */
    static List<Item> findMatchableOrphans(Connection c, Instant since, int limit) throws SQLException {
        List<Item> orphans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.account, r.message_id, r.state, r.error_code,"
                + " r.received_at FROM receipt r WHERE r.part_id IS NULL AND r.received_at >= ? AND EXISTS (SELECT 1 FROM"
                + " submission_part p WHERE p.account = r.account AND p.message_id = r.message_id)"
                // No ORDER BY: the planner keeps to receipt_part_idx (part_id IS NULL, received_at)
                // instead of walking the whole table in id order; the caller loops until none is left.
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

    private void findDuplicates(Connection c) throws SQLException {
        Map<String, List<Item>> byFingerprint = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.received) {
                byFingerprint.computeIfAbsent(item.fingerprint, f -> new ArrayList<>()).add(item);
            }
        }
        for (List<String> chunk : InList.chunks(new ArrayList<>(byFingerprint.keySet()))) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, fingerprint, part_id FROM receipt WHERE fingerprint IN ("
                    + InList.placeholders(chunk.size()) + ")")) {
                InList.bindStrings(s, 1, chunk);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        rs.getLong(3);
                        boolean matched = !rs.wasNull();
                        for (Item item : byFingerprint.get(rs.getString(2))) {
                            item.existingId = id;
                            item.existingMatched = matched;
                        }
                    }
                }
            }
        }
        Map<String, Item> firstNew = new HashMap<>();
        for (Item item : items) {
            if (item.received && item.existingId == null) {
                Item first = firstNew.putIfAbsent(item.fingerprint, item);
                if (first != null) {
                    item.sameAs = first;
                    first.extraDeliveries++;
                }
            }
        }
    }

    /** For receipts of no queued submission: the newest stored part with their account and message id. */
    private void findStoredParts(Connection c) throws SQLException {
        Map<String, Map<String, List<Item>>> byAccount = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.pending == null) {
                byAccount.computeIfAbsent(item.record.account(), a -> new LinkedHashMap<>())
                        .computeIfAbsent(item.record.messageId(), m -> new ArrayList<>()).add(item);
            }
        }
        for (Map.Entry<String, Map<String, List<Item>>> account : byAccount.entrySet()) {
            List<String> messageIds = new ArrayList<>(account.getValue().keySet());
            for (List<String> chunk : InList.chunks(messageIds)) {
                // Joined with a table of values: H2 probes the (account, message_id) index per value.
                try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.submission_id, p.message_id FROM "
                        + InList.valuesTable(chunk.size(), "VARCHAR(100)")
                        + " JOIN submission_part p ON p.account = ? AND p.message_id = v.k")) {
                    int next = InList.bindStrings(s, 1, chunk);
                    s.setString(next, account.getKey());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
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

    private Map<Long, Submission> lockSubmissions(Connection c) throws SQLException {
        List<Long> ids = items.stream().filter(i -> i.pending == null && i.partId != 0).map(i -> i.submissionId)
                .distinct().sorted().toList();
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

    /** The receipts of stored submissions, in batch order; those of queued ones were applied before the insert. */
    private void applyStates(Map<Long, Submission> submissions, Map<Long, Part> parts) {
        for (Item item : items) {
            if (item.pending != null || !item.applies() || item.partId == 0) {
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

    private void writeReceipts(Connection c) throws SQLException {
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
                setPartId(s, 3, item.partId);
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
                setPartId(s, 2, item.partId);
                s.setLong(3, item.existingId);
                s.addBatch();
                updates = true;
            }
            if (updates) {
                s.executeBatch();
            }
        }
    }

    private static void setPartId(PreparedStatement s, int index, long partId) throws SQLException {
        if (partId == 0) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, partId);
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
        List<Submission> dirty = submissions.values().stream().filter(s -> s.dirty).toList();
        if (dirty.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE submission SET state = ?, state_at = ? WHERE id = ?")) {
            for (Submission submission : dirty) {
                s.setString(1, submission.state.name());
                Jdbc.setInstant(s, 2, submission.stateAt);
                s.setLong(3, submission.id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static ReceiptMatch result(Item item, Map<Long, Submission> submissions, Map<Long, Part> parts) {
        boolean duplicate = item.duplicate();
        if (item.pending != null) {
            PendingSubmission p = item.pending;
            return new ReceiptMatch(item.record, duplicate, true, p.id(), item.partId, item.pendingPart,
                    p.record().partCount(), p.record().userReference(), p.state(item.pendingPart), p.combinedState(),
                    p.record().submittedAt());
        }
        Submission submission = submissions.get(item.submissionId);
        Part part = parts.get(item.partId);
        if (item.partId == 0 || submission == null || part == null) {
            return ReceiptMatch.unmatched(item.record, duplicate);
        }
        return new ReceiptMatch(item.record, duplicate, true, submission.id, part.id, part.number, submission.partCount,
                submission.userReference, part.state, submission.state, submission.submittedAt);
    }
}
