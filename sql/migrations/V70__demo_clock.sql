-- Issue #17, newcomer 20b finding 1: the demo's clock, which an organizer moves forward from the console
-- (/console/demo/clock) to watch deadlines pass, reminders go out and steps turn yellow then red without waiting
-- days. One row per move: when it was made (real time, UTC), by whom, and how far. Baton's time in demo mode is the
-- real time plus the sum of the moves, so a restart keeps it; it is never moved back. Only the demo writes rows
-- here (baton.demo=true); elsewhere the table stays empty and Baton's time is the real time.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
CREATE TABLE demo_clock_move (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  moved_at    DATETIME(3)  NOT NULL,
  official_id BIGINT       NOT NULL,
  forward_ms  BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_demo_clock_move_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
