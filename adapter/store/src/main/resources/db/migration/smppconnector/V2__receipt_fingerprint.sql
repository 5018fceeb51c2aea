-- Faster receipt matching, found by the store benchmark.

-- A receipt's fingerprint now covers its account as well, so that a duplicate is found by the
-- fingerprint alone: one unique index every planner uses, whatever its statistics say about
-- how many receipts an account has (PostgreSQL, freshly loaded, scanned them all).
ALTER TABLE receipt DROP CONSTRAINT receipt_fingerprint_unique;
CREATE UNIQUE INDEX receipt_fingerprint_idx ON receipt (fingerprint);

-- Receipts are found by account and message id (receipt_match_idx); this one only cost writes.
DROP INDEX receipt_message_idx;

-- H2 gave the foreign key an index of its own beside submission_part_submission_idx. Declared
-- again after an index on exactly its column, it uses that one (PostgreSQL never adds one).
ALTER TABLE submission_part DROP CONSTRAINT submission_part_submission_fk;
DROP INDEX submission_part_submission_idx;
CREATE INDEX submission_part_submission_idx ON submission_part (submission_id);
ALTER TABLE submission_part ADD CONSTRAINT submission_part_submission_fk
    FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE;
