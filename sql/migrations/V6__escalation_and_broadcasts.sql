-- Reminders, escalation ladders and scheduled broadcasts (design.md §3).
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2: utf8mb4, DATETIME(3) in UTC, explicit
-- lengths, no vendor functions.

-- ---------------------------------------------------------------- escalation policies as data
-- body is the JSON of dev.baton.bot.escalation.EscalationPolicy; a handover policy names one by "escalationCode"
-- (default: 'default'), and each handover keeps a copy of it from the day it opened (handover.escalation_snapshot)
CREATE TABLE escalation_policy (
  code       VARCHAR(64)  NOT NULL,
  name       VARCHAR(128) NOT NULL,
  body       TEXT         NOT NULL,
  updated_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- NULL for handovers opened before this migration: they follow the current 'default' policy
ALTER TABLE handover ADD COLUMN escalation_snapshot TEXT NULL;

-- when the sweep must next look at the step (a reminder or a level is due, or the step was just opened);
-- NULL once the step is done or nothing is left to send. The sweep reads only rows at or before now.
ALTER TABLE waiting_step ADD COLUMN next_action_at DATETIME(3) NULL;
CREATE INDEX ix_waiting_step_next_action ON waiting_step (next_action_at);
-- steps already open are looked at by the first sweep
UPDATE waiting_step SET next_action_at = '2000-01-01 00:00:00.000' WHERE done_at IS NULL;

-- every reminder and escalation level of a step, at most once: the unique key decides which sweep sends it
CREATE TABLE escalation_notice (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  step_id      BIGINT      NOT NULL,
  handover_id  BIGINT      NOT NULL,
  -- R3, R1, R0 (reminders, working days before the due day), L1, L1.2 (level 1, its second round), L2, ...
  stage        VARCHAR(16) NOT NULL,
  esc_level    INT         NOT NULL,
  -- SENT; SKIPPED (nobody holds the post); MISSED (the sweep was down: folded into a later stage's message)
  outcome      VARCHAR(16) NOT NULL,
  scheduled_at DATETIME(3) NOT NULL,
  fired_at     DATETIME(3) NOT NULL,
  recipients   INT         NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_escalation_notice UNIQUE (step_id, stage),
  CONSTRAINT fk_escalation_notice_step FOREIGN KEY (step_id) REFERENCES waiting_step (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_escalation_notice_handover ON escalation_notice (handover_id);

-- ---------------------------------------------------------------- scheduled broadcasts
CREATE TABLE broadcast (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  name              VARCHAR(128) NOT NULL,
  -- SUPERVISION_DIGEST (督办 digest computed at fire time) or MESSAGE (a fixed text)
  kind              VARCHAR(24)  NOT NULL,
  -- the units it is about (and below); NULL: every unit
  unit_id           BIGINT       NULL,
  -- a Quartz cron expression, read in time_zone
  cron              VARCHAR(120) NOT NULL,
  time_zone         VARCHAR(64)  NOT NULL,
  -- ROLE (holders of target_role, and target_department for reviewers) or UNIT (every active official in unit_id)
  target            VARCHAR(16)  NOT NULL,
  target_role       VARCHAR(16)  NULL,
  target_department VARCHAR(16)  NULL,
  message           TEXT         NULL,
  -- a run that falls on a rest day of the work calendar is skipped
  working_days_only BOOLEAN      NOT NULL,
  enabled           BOOLEAN      NOT NULL,
  created_at        DATETIME(3)  NOT NULL,
  updated_at        DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_broadcast_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one row per scheduled run: a trigger that Quartz fires twice (recovery, two instances) sends once
CREATE TABLE broadcast_run (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  broadcast_id BIGINT      NOT NULL,
  fire_time    DATETIME(3) NOT NULL,
  ran_at       DATETIME(3) NOT NULL,
  -- SENT or SKIPPED_REST_DAY
  outcome      VARCHAR(24) NOT NULL,
  recipients   INT         NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_broadcast_run UNIQUE (broadcast_id, fire_time),
  CONSTRAINT fk_broadcast_run FOREIGN KEY (broadcast_id) REFERENCES broadcast (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO broadcast (name, kind, unit_id, cron, time_zone, target, target_role, target_department, message,
  working_days_only, enabled, created_at, updated_at)
VALUES ('每周督办通报', 'SUPERVISION_DIGEST', NULL, '0 0 9 ? * MON', 'Asia/Shanghai', 'ROLE', 'SUPERVISOR', NULL, NULL,
  TRUE, TRUE, '2026-11-22 00:00:00.000', '2026-11-22 00:00:00.000');

-- ---------------------------------------------------------------- seeded escalation policies
-- "ladder" applies to every kind of waiting step that "ladders" does not name. remindersBefore: working days before
-- the due day (0: the due day itself) at remindAt; levels: "after" units of levelUnit past the due day, each telling
-- "notify" and then "repeatNotify" every "repeatEvery" units until the next level (the last level repeats until the
-- step is done). Outside sendFrom..sendUntil on working days nothing is sent, unless the ladder is urgent.
INSERT INTO escalation_policy (code, name, body, updated_at) VALUES ('default', '默认提醒与督办', '{
  "code": "default",
  "name": "默认提醒与督办",
  "sendFrom": "08:30",
  "sendUntil": "18:00",
  "ladder": {
    "urgent": false,
    "remindAt": "09:00",
    "remindersBefore": [3, 1, 0],
    "levelUnit": "WORKING_DAYS",
    "levels": [
      {"level": 1, "after": 1, "notify": ["ACTOR", "ORGANIZER"], "repeatEvery": 1, "repeatNotify": ["ACTOR"]},
      {"level": 2, "after": 4, "notify": ["DISCIPLINE", "SUPERVISOR"], "repeatEvery": 0, "repeatNotify": []},
      {"level": 3, "after": 9, "notify": ["SUPERVISOR", "ORGANIZER"], "repeatEvery": 5, "repeatNotify": ["SUPERVISOR"]}
    ]
  },
  "ladders": {
    "NOTICE_RECEIPT": {
      "urgent": false,
      "remindAt": "09:00",
      "remindersBefore": [1, 0],
      "levelUnit": "WORKING_DAYS",
      "levels": [
        {"level": 1, "after": 1, "notify": ["ACTOR", "ORGANIZER"], "repeatEvery": 1, "repeatNotify": ["ACTOR"]},
        {"level": 2, "after": 3, "notify": ["DISCIPLINE", "SUPERVISOR"], "repeatEvery": 0, "repeatNotify": []}
      ]
    },
    "FOLLOW_UP_STEP": {
      "urgent": false,
      "remindAt": "09:00",
      "remindersBefore": [5, 1, 0],
      "levelUnit": "WORKING_DAYS",
      "levels": [
        {"level": 1, "after": 1, "notify": ["ACTOR", "ORGANIZER"], "repeatEvery": 5, "repeatNotify": ["ACTOR"]},
        {"level": 2, "after": 10, "notify": ["DISCIPLINE", "SUPERVISOR"], "repeatEvery": 20, "repeatNotify": ["SUPERVISOR"]}
      ]
    }
  },
  "note": "design.md §3 的默认做法：到期前3个和1个工作日、到期当日9:00提醒；逾期次一工作日起每日提醒责任人并告知组织部门（一级），再过3个工作日告知纪检监察审核人员和上级领导（二级），逾期9个工作日起每周报上级领导（三级）。签收期限只有2个工作日，提前1日提醒；未了事项步骤提前5个工作日提醒、每周督促。发送时段8:30至18:00，休息日不发。"
}', '2026-11-22 00:00:00.000');

INSERT INTO escalation_policy (code, name, body, updated_at) VALUES ('urgent', '紧急事项督办（不避休息日）', '{
  "code": "urgent",
  "name": "紧急事项督办（不避休息日）",
  "sendFrom": "08:30",
  "sendUntil": "18:00",
  "ladder": {
    "urgent": true,
    "remindAt": "09:00",
    "remindersBefore": [1, 0],
    "levelUnit": "CALENDAR_DAYS",
    "levels": [
      {"level": 1, "after": 1, "notify": ["ACTOR", "ORGANIZER"], "repeatEvery": 1, "repeatNotify": ["ACTOR"]},
      {"level": 2, "after": 3, "notify": ["DISCIPLINE", "SUPERVISOR"], "repeatEvery": 0, "repeatNotify": []}
    ]
  },
  "ladders": {},
  "note": "用于期限紧、不能等节假日结束的交接（例如主要负责人突然离任）：逾期按自然日升级，夜间和休息日照常发送。"
}', '2026-11-22 00:00:00.000');
