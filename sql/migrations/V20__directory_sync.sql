-- Directory sync from the chat platforms (#13): a platform's departments kept in step with units, its members with
-- officials, a report of every run, org events applied once, and the unbound people who wrote to Baton.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2: utf8mb4, DATETIME(3) in UTC, explicit
-- lengths, no vendor functions.

-- ---------------------------------------------------------------- departments and units
-- one row per platform department Baton maps to a unit; the root department of a synced app maps to the unit the
-- configuration names. A department the platform removed keeps its row (removed_at) while its unit has history.
CREATE TABLE sync_department (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  platform             VARCHAR(16)  NOT NULL,
  corp_id              VARCHAR(64)  NOT NULL,
  department_id        VARCHAR(64)  NOT NULL,
  parent_department_id VARCHAR(64)  NULL,
  unit_id              BIGINT       NOT NULL,
  name                 VARCHAR(128) NOT NULL,
  synced_at            DATETIME(3)  NOT NULL,
  removed_at           DATETIME(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_sync_department UNIQUE (platform, corp_id, department_id),
  CONSTRAINT fk_sync_department_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sync_department_unit ON sync_department (unit_id);

-- ---------------------------------------------------------------- members and officials
-- the platform member an official was matched to or made from; created_by_sync: the sync made the official, so it
-- keeps name, post, unit and mobile in step with the platform (an official the organization department entered is
-- only filled where blank, never overwritten)
CREATE TABLE sync_member (
  platform        VARCHAR(16)  NOT NULL,
  corp_id         VARCHAR(64)  NOT NULL,
  user_id         VARCHAR(128) NOT NULL,
  official_id     BIGINT       NOT NULL,
  created_by_sync BOOLEAN      NOT NULL,
  synced_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (platform, corp_id, user_id),
  CONSTRAINT fk_sync_member_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sync_member_official ON sync_member (official_id);

-- ---------------------------------------------------------------- runs and their reports
-- trigger_kind: MANUAL (REST), NIGHTLY (the reconciliation job), EVENT (one org event); outcome: RUNNING, DONE,
-- PARTIAL (some reads failed: nobody was deactivated), FAILED (nothing could be read)
CREATE TABLE sync_run (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  platform     VARCHAR(16)  NOT NULL,
  corp_id      VARCHAR(64)  NOT NULL,
  source       VARCHAR(64)  NOT NULL,
  unit_id      BIGINT       NULL,
  trigger_kind VARCHAR(16)  NOT NULL,
  event_type   VARCHAR(32)  NULL,
  event_key    VARCHAR(128) NULL,
  requested_by BIGINT       NULL,
  outcome      VARCHAR(16)  NOT NULL,
  started_at   DATETIME(3)  NOT NULL,
  finished_at  DATETIME(3)  NULL,
  created      INT          NOT NULL,
  changed      INT          NOT NULL,
  bound        INT          NOT NULL,
  deactivated  INT          NOT NULL,
  unmatched    INT          NOT NULL,
  conflicts    INT          NOT NULL,
  failed       INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_sync_run_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_sync_run_requested_by FOREIGN KEY (requested_by) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sync_run_started ON sync_run (started_at);

-- one line of a run's report. kind: CREATED, CHANGED, BOUND, DEACTIVATED, REMOVED, KEPT, UNMATCHED, CONFLICT,
-- FAILED; subject: UNIT, OFFICIAL, MEMBER, DEPARTMENT; reason: a message key (the words are the reader's language),
-- args its JSON arguments; code and platform_message: the platform's own error, for FAILED
CREATE TABLE sync_run_entry (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  run_id           BIGINT        NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  subject          VARCHAR(16)   NOT NULL,
  platform_ref     VARCHAR(128)  NULL,
  name             VARCHAR(128)  NULL,
  official_id      BIGINT        NULL,
  unit_id          BIGINT        NULL,
  reason           VARCHAR(64)   NOT NULL,
  args             VARCHAR(1024) NOT NULL,
  code             VARCHAR(64)   NULL,
  platform_message VARCHAR(512)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_sync_run_entry_run FOREIGN KEY (run_id) REFERENCES sync_run (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sync_run_entry_run ON sync_run_entry (run_id, id);

-- ---------------------------------------------------------------- org events, each applied once
-- the platform's key of an event (DingTalk's eventId), stable across its redeliveries
CREATE TABLE sync_event (
  platform    VARCHAR(16)  NOT NULL,
  corp_id     VARCHAR(64)  NOT NULL,
  event_key   VARCHAR(128) NOT NULL,
  received_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (platform, corp_id, event_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------- unbound people
-- someone whose chat account is bound to no official wrote to Baton on that day: their unit's organizers are told
-- once a day, not once a message
CREATE TABLE unbound_attempt (
  platform   VARCHAR(16)  NOT NULL,
  corp_id    VARCHAR(64)  NOT NULL,
  user_id    VARCHAR(128) NOT NULL,
  seen_on    DATE         NOT NULL,
  unit_id    BIGINT       NULL,
  created_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (platform, corp_id, user_id, seen_on),
  CONSTRAINT fk_unbound_attempt_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
