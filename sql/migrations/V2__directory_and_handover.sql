-- Directory, policies, templates, handovers and their records, outbox.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode): utf8mb4, explicit lengths, no vendor functions.
-- Instants are stored as DATETIME(3) in UTC (never TIMESTAMP: it converts by session time zone and ends in 2038).
-- Enumerations are VARCHAR codes checked by the application (names of Java enums).

-- ---------------------------------------------------------------- directory
CREATE TABLE org_unit (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  parent_id   BIGINT       NULL,
  code        VARCHAR(64)  NOT NULL,
  name        VARCHAR(128) NOT NULL,
  unit_type   VARCHAR(32)  NOT NULL,
  -- materialised path of ids, '/1/4/9/': a unit's scope is every unit whose path starts with its own
  path        VARCHAR(512) NOT NULL,
  policy_code VARCHAR(64)  NULL,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_org_unit_path ON org_unit (path);

CREATE TABLE official (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  name       VARCHAR(64)  NOT NULL,
  post       VARCHAR(128) NOT NULL,
  unit_id    BIGINT       NOT NULL,
  active     BOOLEAN      NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_official_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE chat_identity (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  platform    VARCHAR(16)  NOT NULL,
  corp_id     VARCHAR(64)  NOT NULL,
  user_id     VARCHAR(128) NOT NULL,
  official_id BIGINT       NOT NULL,
  bound_at    DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_chat_identity UNIQUE (platform, corp_id, user_id),
  CONSTRAINT fk_chat_identity_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE role_assignment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  official_id   BIGINT       NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  -- the reviewing department for REVIEWER, '' for every other role (part of the unique key)
  department    VARCHAR(16)  NOT NULL,
  scope_unit_id BIGINT       NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_role_assignment UNIQUE (official_id, role, department, scope_unit_id),
  CONSTRAINT fk_role_official FOREIGN KEY (official_id) REFERENCES official (id),
  CONSTRAINT fk_role_scope FOREIGN KEY (scope_unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------- policies and templates
CREATE TABLE handover_policy (
  code       VARCHAR(64)  NOT NULL,
  name       VARCHAR(128) NOT NULL,
  -- the policy as JSON (dev.baton.bot.policy.HandoverPolicy); snapshotted into each handover when it opens
  body       TEXT         NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_template (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  code       VARCHAR(64)  NOT NULL,
  version    INT          NOT NULL,
  name       VARCHAR(128) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_template_version UNIQUE (code, version)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE template_section (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  template_id BIGINT        NOT NULL,
  position    INT           NOT NULL,
  code        VARCHAR(64)   NOT NULL,
  title_zh    VARCHAR(128)  NOT NULL,
  title_en    VARCHAR(128)  NOT NULL,
  -- suggested items, one per line, shown to the departing official while filling the section
  prompts     TEXT          NOT NULL,
  economic    BOOLEAN       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_template_section UNIQUE (template_id, code),
  CONSTRAINT fk_template_section FOREIGN KEY (template_id) REFERENCES checklist_template (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------- handovers
CREATE TABLE handover (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id          BIGINT       NOT NULL,
  departing_id     BIGINT       NOT NULL,
  successor_id     BIGINT       NOT NULL,
  organizer_id     BIGINT       NOT NULL,
  reason           VARCHAR(16)  NOT NULL,
  state            VARCHAR(16)  NOT NULL,
  policy_code      VARCHAR(64)  NOT NULL,
  policy_snapshot  TEXT         NOT NULL,
  template_id      BIGINT       NOT NULL,
  review_round     INT          NOT NULL,
  opened_on        DATE         NOT NULL,
  checklist_due    DATE         NOT NULL,
  opened_at        DATETIME(3) NOT NULL,
  acknowledged_at  DATETIME(3) NULL,
  submitted_at     DATETIME(3) NULL,
  archived_at      DATETIME(3) NULL,
  archive_sha256   CHAR(64)     NULL,
  closed_at        DATETIME(3) NULL,
  cancelled_at     DATETIME(3) NULL,
  cancel_reason    VARCHAR(512) NULL,
  version          INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_handover_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_handover_departing FOREIGN KEY (departing_id) REFERENCES official (id),
  CONSTRAINT fk_handover_successor FOREIGN KEY (successor_id) REFERENCES official (id),
  CONSTRAINT fk_handover_organizer FOREIGN KEY (organizer_id) REFERENCES official (id),
  CONSTRAINT fk_handover_template FOREIGN KEY (template_id) REFERENCES checklist_template (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_handover_unit_state ON handover (unit_id, state);
CREATE INDEX ix_handover_departing ON handover (departing_id);
CREATE INDEX ix_handover_successor ON handover (successor_id);

-- a step waiting for someone, with its deadline; a step that re-enters waiting is a new row (round + 1)
CREATE TABLE waiting_step (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id BIGINT       NOT NULL,
  kind        VARCHAR(24)  NOT NULL,
  -- what the step is about where a handover has several at once: a department, a signer, a follow-up step id
  subject     VARCHAR(64)  NOT NULL,
  round       INT          NOT NULL,
  started_on  DATE         NOT NULL,
  due_on      DATE         NOT NULL,
  done_at     DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_waiting_step UNIQUE (handover_id, kind, subject, round),
  CONSTRAINT fk_waiting_step_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_waiting_step_open ON waiting_step (done_at, due_on);

CREATE TABLE handover_section (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id    BIGINT       NOT NULL,
  position       INT          NOT NULL,
  code           VARCHAR(64)  NOT NULL,
  title_zh       VARCHAR(128) NOT NULL,
  title_en       VARCHAR(128) NOT NULL,
  prompts        TEXT         NOT NULL,
  economic       BOOLEAN      NOT NULL,
  declared_empty BOOLEAN      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_handover_section UNIQUE (handover_id, code),
  CONSTRAINT fk_handover_section FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE handover_item (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  handover_id    BIGINT        NOT NULL,
  section_id     BIGINT        NOT NULL,
  -- the number people use for it in chat ("第3项"), unique within the handover
  seq            INT           NOT NULL,
  title          VARCHAR(256)  NOT NULL,
  details        TEXT          NULL,
  status         VARCHAR(16)   NOT NULL,
  amount         DECIMAL(20,2) NULL,
  currency       CHAR(3)       NULL,
  counterparty   VARCHAR(256)  NULL,
  deadline       DATE          NULL,
  responsible    VARCHAR(128)  NULL,
  unfinished     BOOLEAN       NOT NULL,
  confirmation   VARCHAR(16)   NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_handover_item_seq UNIQUE (handover_id, seq),
  CONSTRAINT fk_item_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
  CONSTRAINT fk_item_section FOREIGN KEY (section_id) REFERENCES handover_section (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item_evidence (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  item_id    BIGINT        NOT NULL,
  kind       VARCHAR(8)    NOT NULL,
  reference  VARCHAR(1024) NOT NULL,
  label      VARCHAR(256)  NOT NULL,
  added_by   BIGINT        NOT NULL,
  added_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_evidence_item FOREIGN KEY (item_id) REFERENCES handover_item (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_decision (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id BIGINT       NOT NULL,
  round       INT          NOT NULL,
  department  VARCHAR(16)  NOT NULL,
  reviewer_id BIGINT       NOT NULL,
  decision    VARCHAR(16)  NOT NULL,
  comment     TEXT         NULL,
  decided_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_review_decision UNIQUE (handover_id, round, department),
  CONSTRAINT fk_review_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_comment (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id BIGINT       NOT NULL,
  round       INT          NOT NULL,
  department  VARCHAR(16)  NOT NULL,
  item_id     BIGINT       NOT NULL,
  author_id   BIGINT       NOT NULL,
  body        TEXT         NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_review_comment_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
  CONSTRAINT fk_review_comment_item FOREIGN KEY (item_id) REFERENCES handover_item (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item_dispute (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  item_id          BIGINT        NOT NULL,
  reason           TEXT          NOT NULL,
  raised_by        BIGINT        NOT NULL,
  raised_at        DATETIME(3)  NOT NULL,
  ruling           VARCHAR(16)   NULL,
  ruling_note      TEXT          NULL,
  corrected_amount DECIMAL(20,2) NULL,
  ruled_by         BIGINT        NULL,
  ruled_at         DATETIME(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_dispute_item FOREIGN KEY (item_id) REFERENCES handover_item (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signing_code (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id BIGINT       NOT NULL,
  official_id BIGINT       NOT NULL,
  code_sha256 CHAR(64)     NOT NULL,
  expires_at  DATETIME(3) NOT NULL,
  attempts    INT          NOT NULL,
  used_at     DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_signing_code_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_signing_code_signer ON signing_code (handover_id, official_id);

CREATE TABLE signature (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id BIGINT       NOT NULL,
  -- DEPARTING, SUCCESSOR, ORGANIZER or REVIEWER_<department>
  signer_role VARCHAR(32)  NOT NULL,
  official_id BIGINT       NOT NULL,
  signed_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_signature UNIQUE (handover_id, signer_role),
  CONSTRAINT fk_signature_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------- follow-up (appended after archiving)
CREATE TABLE followup_plan (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id  BIGINT       NOT NULL,
  item_id      BIGINT       NOT NULL,
  submitted_by BIGINT       NOT NULL,
  submitted_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_followup_plan_item UNIQUE (item_id),
  CONSTRAINT fk_plan_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
  CONSTRAINT fk_plan_item FOREIGN KEY (item_id) REFERENCES handover_item (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE followup_step (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  plan_id      BIGINT       NOT NULL,
  seq          INT          NOT NULL,
  description  VARCHAR(512) NOT NULL,
  due_on       DATE         NOT NULL,
  completed_at DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_followup_step UNIQUE (plan_id, seq),
  CONSTRAINT fk_step_plan FOREIGN KEY (plan_id) REFERENCES followup_plan (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE followup_progress (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  step_id     BIGINT        NOT NULL,
  note        TEXT          NOT NULL,
  evidence    VARCHAR(1024) NULL,
  completes   BOOLEAN       NOT NULL,
  reported_by BIGINT        NOT NULL,
  reported_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_progress_step FOREIGN KEY (step_id) REFERENCES followup_step (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------- outbox (delivered by the platforms layer)
CREATE TABLE outbox (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id   BIGINT       NULL,
  event         VARCHAR(48)  NOT NULL,
  recipient_id  BIGINT       NOT NULL,
  -- amounts and discipline matters go only 1:1 to authorised people
  confidential  BOOLEAN      NOT NULL,
  payload       TEXT         NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  attempts      INT          NOT NULL,
  available_at  DATETIME(3) NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  sent_at       DATETIME(3) NULL,
  last_error    VARCHAR(1024) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_pending ON outbox (status, available_at);
CREATE INDEX ix_outbox_handover ON outbox (handover_id);

-- ---------------------------------------------------------------- audit log (append-only, hash-chained)
CREATE TABLE audit_log (
  seq         BIGINT       NOT NULL,
  handover_id BIGINT       NULL,
  actor_id    BIGINT       NULL,
  action      VARCHAR(48)  NOT NULL,
  detail      TEXT         NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  prev_hash   CHAR(64)     NOT NULL,
  hash        CHAR(64)     NOT NULL,
  PRIMARY KEY (seq)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_handover ON audit_log (handover_id, seq);

-- the chain's head: one row, locked by every append so appends are serial and the chain has no forks
CREATE TABLE audit_head (
  id        INT      NOT NULL,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
