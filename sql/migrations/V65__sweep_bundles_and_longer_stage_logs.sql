-- Issue #14, P2 (s19a). Two changes for the due-step sweep:
-- 1. A batch of the sweep queues its reminders and escalations as ONE outbox_bundle row (the batch's notifications, each
--    with its recipients and its JSON payload) instead of one outbox row per recipient: one row write instead of one
--    per due step, with no index entry but the primary key. The delivery worker unpacks a bundle into exactly the outbox
--    rows the sweep used to write (same event, recipient, payload, created_at), in one transaction that deletes it, and
--    expands them as before; a bundle is claimed FOR UPDATE SKIP LOCKED, so two workers never unpack one twice.
-- 2. waiting_step.stage_log (V54) was TEXT (64 KB, about 2,000 stage lines): a step overdue for years whose last level
--    repeats daily would fill it and its sweep would fail. MEDIUMTEXT holds 16 MB (a line a day for centuries).
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
ALTER TABLE waiting_step MODIFY COLUMN stage_log MEDIUMTEXT NULL;

CREATE TABLE outbox_bundle (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  notifications  MEDIUMTEXT  NOT NULL,
  created_at     DATETIME(3) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
