-- Issue #14 (the audit head hot spot). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
--
-- The audit log was one hash chain with one head row (audit_head) that every audited write in the system locked at
-- its commit, so commits of writes on different handovers were serial. Now each handover has a chain of its own, and
-- unit-level and system events (no handover) one more: an entry hashes its predecessor in its own chain, and a
-- transaction locks only the heads of the chains it wrote to (audit_chain, one row per chain). A periodic global
-- checkpoint (audit_checkpoint, each hashing the one before it) anchors the heads of the chains that moved since the
-- previous one (audit_anchor), so a whole chain dropped, or cut short, is found by verification even when its head
-- row went with it.
--
-- The rows written before this version keep their hashes: re-sealing them would vouch for whatever they hold now.
-- They become the legacy chain (chain_id -1, position = seq), verified with the formula they were written with, and
-- the old head becomes that chain's head; the first checkpoint anchors it.
ALTER TABLE audit_log ADD COLUMN chain_id BIGINT NULL;
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT NULL;
UPDATE audit_log SET chain_id = -1, chain_seq = seq;
ALTER TABLE audit_log MODIFY chain_id BIGINT NOT NULL;
ALTER TABLE audit_log MODIFY chain_seq BIGINT NOT NULL;
-- seq stays the global order of the rows (history pages, an official's newest row); it is given by the database at
-- insert, as nothing may hand it out serially any more
ALTER TABLE audit_log MODIFY seq BIGINT NOT NULL AUTO_INCREMENT;
CREATE UNIQUE INDEX ux_audit_chain ON audit_log (chain_id, chain_seq);

-- one row per chain: a handover's id, 0 for unit-level and system events, -1 for the legacy chain
CREATE TABLE audit_chain (
  chain_id  BIGINT   NOT NULL,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  PRIMARY KEY (chain_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_chain (chain_id, last_seq, last_hash) SELECT -1, last_seq, last_hash FROM audit_head WHERE id = 1;
DROP TABLE audit_head;

-- the checkpoints, a chain of their own; row 0 is the genesis, which the first checkpoint follows
CREATE TABLE audit_checkpoint (
  seq        BIGINT      NOT NULL,
  created_at DATETIME(3) NOT NULL,
  chains     INT         NOT NULL,
  prev_hash  CHAR(64)    NOT NULL,
  hash       CHAR(64)    NOT NULL,
  PRIMARY KEY (seq)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_checkpoint (seq, created_at, chains, prev_hash, hash) VALUES (0, '2026-01-01 00:00:00.000', 0,
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0000000000000000000000000000000000000000000000000000000000000000');

-- what a checkpoint anchored: each chain that moved since the previous checkpoint, at its head then
CREATE TABLE audit_anchor (
  checkpoint_seq BIGINT   NOT NULL,
  chain_id       BIGINT   NOT NULL,
  chain_seq      BIGINT   NOT NULL,
  hash           CHAR(64) NOT NULL,
  PRIMARY KEY (checkpoint_seq, chain_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_anchor_chain ON audit_anchor (chain_id, chain_seq);
