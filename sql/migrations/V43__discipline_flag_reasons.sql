-- Issue #15 (documents, docs4). A discipline flag (交接不清, 交接不实, 久拖不交, 交后不理) as it was raised: when, and
-- why in words (which return and its comment, which ruling, which overdue step and since when), in Chinese and in
-- English. Written once per handover and flag, when the flag is first raised (the primary key keeps it once, so the
-- people concerned are told once), never changed. The flags raised before the archive are part of the archived record
-- (its digest covers them, only where there are any, so older archives keep theirs). Portable across MySQL 8, MariaDB
-- 10.11+ and H2 (MySQL mode), like V2.
CREATE TABLE discipline_flag (
  handover_id BIGINT        NOT NULL,
  flag        VARCHAR(32)   NOT NULL,
  raised_at   DATETIME(3)   NOT NULL,
  reason_zh   VARCHAR(2000) NOT NULL,
  reason_en   VARCHAR(2000) NOT NULL,
  PRIMARY KEY (handover_id, flag),
  CONSTRAINT fk_discipline_flag_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
