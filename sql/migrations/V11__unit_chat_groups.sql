-- Chat groups bound to org units (design.md §4). A unit's groups receive its group broadcasts and, when the unit's
-- policy says so (publicity, 公开), the public summary of an archived handover. Group messages carry counts and
-- progress only: a confidential outbox row can never be addressed to a group (the check below).
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.

CREATE TABLE unit_chat_group (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id    BIGINT       NOT NULL,
  -- WECOM (an app chat, appchat/create) or DINGTALK (a group the robot is in: its openConversationId)
  platform   VARCHAR(16)  NOT NULL,
  corp_id    VARCHAR(64)  NOT NULL,
  group_id   VARCHAR(128) NOT NULL,
  name       VARCHAR(128) NULL,
  bound_by   BIGINT       NULL,
  created_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_unit_chat_group UNIQUE (unit_id, platform, corp_id, group_id),
  CONSTRAINT fk_unit_chat_group_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_unit_chat_group_by FOREIGN KEY (bound_by) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an outbox row goes either to one official or to the chat groups of one unit, and never confidentially to a group
ALTER TABLE outbox MODIFY COLUMN recipient_id BIGINT NULL;
ALTER TABLE outbox ADD COLUMN group_unit_id BIGINT NULL;
ALTER TABLE outbox ADD CONSTRAINT fk_outbox_group_unit FOREIGN KEY (group_unit_id) REFERENCES org_unit (id);
ALTER TABLE outbox ADD CONSTRAINT ck_outbox_target CHECK (
  (recipient_id IS NOT NULL AND group_unit_id IS NULL)
  OR (recipient_id IS NULL AND group_unit_id IS NOT NULL AND confidential = FALSE));

-- USER: user_id is a person's account; GROUP: user_id is the group's id, and a batch holds that one group
ALTER TABLE delivery ADD COLUMN target_kind VARCHAR(8) NOT NULL DEFAULT 'USER';
ALTER TABLE delivery_batch ADD COLUMN target_kind VARCHAR(8) NOT NULL DEFAULT 'USER';
