-- Who each 催办 (V39's step_urge) was sent to (newcomer 15, finding 16: the record said 发给1人 without the name): one
-- row per person the reminder was queued for, with the part they owed the step in (a SignerRole name: DEPARTING,
-- SUCCESSOR, ORGANIZER, REVIEWER_AUDIT...), written with the urge in its transaction. Urges sent before this migration
-- keep their count only. Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V39.
CREATE TABLE step_urge_recipient (
  urge_id      BIGINT       NOT NULL,
  official_id  BIGINT       NOT NULL,
  role         VARCHAR(32)  NOT NULL,
  PRIMARY KEY (urge_id, official_id),
  CONSTRAINT fk_step_urge_recipient_urge FOREIGN KEY (urge_id) REFERENCES step_urge (id),
  CONSTRAINT fk_step_urge_recipient_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The 2026 notice seeded by V5 named itself with our own note "文号未确认" (reference number not confirmed), which the
-- holidays page showed as the notice's name, in Chinese in English mode too (newcomer 15, finding 12): the notice is
-- named by its title and date alone, as published.
UPDATE calendar_year SET source = '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）'
  WHERE notice_year = 2026 AND source = '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04，文号未确认）';
