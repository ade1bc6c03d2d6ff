-- Issue #12 (newcomer 3). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.

-- A progress report the successor took back (撤销) or corrected ("不对，2.1还没完成，只完成了八成"): it is kept, marked
-- with when and by whom, and no longer stands (a step it completed is open again). What was said is never deleted; the
-- audit log holds each withdrawal with the words withdrawn.
ALTER TABLE followup_progress ADD COLUMN withdrawn_at DATETIME(3) NULL;
ALTER TABLE followup_progress ADD COLUMN withdrawn_by BIGINT NULL;
