-- Issue #14, P2 (speed15a): a due step's stage is claimed on the step's own row, in the UPDATE that moves its next
-- action, instead of by inserting an escalation_notice row (one row write less per due step, and no read of the
-- recorded stages). The sweep compares and sets sweep_seq in that UPDATE's WHERE, so two sweeps that read the same
-- step can never both claim its stage: the second one's UPDATE misses the row and its batch rolls back. What was sent,
-- skipped or missed is appended to stage_log (one line per stage: key|level|outcome|scheduled ms|fired ms|recipients),
-- which the console's record and dashboard read. escalation_notice keeps the stages recorded before this version;
-- legacy_notices marks the steps that have rows there, so the sweep still reads those (only those).
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
ALTER TABLE waiting_step ADD COLUMN stage_log TEXT NULL;
ALTER TABLE waiting_step ADD COLUMN sweep_seq INT NOT NULL DEFAULT 0;
ALTER TABLE waiting_step ADD COLUMN legacy_notices BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE waiting_step SET legacy_notices = TRUE WHERE id IN (SELECT step_id FROM escalation_notice);
