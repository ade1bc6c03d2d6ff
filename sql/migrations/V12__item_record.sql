-- The item record (issue #12): a quantity is not money, a status comes from what was said (or a section's default,
-- or is asked), entries can be taken back while drafting without losing the history, and answers to a return stay
-- on the returned item.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2 and V3.

-- a quantity that is not money (森林面积29.22万亩 → 292200 亩), exact, with its unit as written; never mixed with amount
ALTER TABLE handover_item ADD COLUMN quantity DECIMAL(24,6) NULL;
ALTER TABLE handover_item ADD COLUMN quantity_unit VARCHAR(16) NULL;

-- NULL while nobody has said it (the bot asks; submitting waits for it); ON_HAND is a fact on hand (现状/在册)
ALTER TABLE handover_item MODIFY COLUMN status VARCHAR(16) NULL;

-- an item taken back while drafting (DELETED: 删除第N项; UNDONE: 撤销 of its adding) is kept, never shown as part of
-- the checklist, and its number is never given again
ALTER TABLE handover_item ADD COLUMN withdrawn_at DATETIME(3) NULL;
ALTER TABLE handover_item ADD COLUMN withdrawn_how VARCHAR(16) NULL;
ALTER TABLE handover_item ADD COLUMN withdrawn_by BIGINT NULL;

ALTER TABLE item_evidence ADD COLUMN withdrawn_at DATETIME(3) NULL;

-- the status an item of the section has when nothing was said (NULL: ask)
ALTER TABLE template_section ADD COLUMN default_status VARCHAR(16) NULL;
ALTER TABLE handover_section ADD COLUMN default_status VARCHAR(16) NULL;

-- more words on an item (第4项补充：…), above all the answer to a review's return; kept as said, by whom and when
CREATE TABLE item_supplement (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  item_id      BIGINT       NOT NULL,
  -- the handover's review round when it was said (0 before the first submission)
  round        INT          NOT NULL,
  body         TEXT         NOT NULL,
  added_by     BIGINT       NOT NULL,
  added_at     DATETIME(3)  NOT NULL,
  withdrawn_at DATETIME(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_supplement_item FOREIGN KEY (item_id) REFERENCES handover_item (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every entry the departing official makes while drafting, with what it replaced, so 撤销 (undo) can take back the
-- last one of the current round exactly (the audit log keeps both the entry and its undoing)
CREATE TABLE checklist_entry (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  handover_id  BIGINT       NOT NULL,
  round        INT          NOT NULL,
  -- ADD, EDIT, EMPTY (a section declared empty), DELETE, SUPPLEMENT, EVIDENCE
  kind         VARCHAR(16)  NOT NULL,
  item_id      BIGINT       NULL,
  section_id   BIGINT       NULL,
  -- the supplement or evidence row the entry added
  ref_id       BIGINT       NULL,
  -- JSON: the item as it was before an EDIT; for ADD whether the section had been declared empty
  before_state TEXT         NULL,
  actor_id     BIGINT       NULL,
  created_at   DATETIME(3)  NOT NULL,
  undone_at    DATETIME(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_entry_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_checklist_entry_handover ON checklist_entry (handover_id, round);

-- ---------------------------------------------------------------- section defaults for the seeded templates
-- Facts on hand (家底, 资产, 经济事项, 个人保管的公物, 文物, 林地, 河流): 现状 unless the person says otherwise.
-- Work (重点工作, 未结事项, 整改, 信访, 风险 …): no default, the bot asks.
UPDATE template_section SET default_status = 'ON_HAND'
WHERE code IN ('economic', 'assets', 'personal_custody', 'heritage', 'forest', 'river')
  AND template_id IN (SELECT id FROM checklist_template
                      WHERE code IN ('default', 'township', 'shizuishan', 'putian', 'wuyishan') AND version = 1);

-- running handovers keep the copy of their template's sections: give them the same defaults
UPDATE handover_section SET default_status = (
  SELECT ts.default_status FROM template_section ts JOIN handover h ON h.template_id = ts.template_id
  WHERE h.id = handover_section.handover_id AND ts.code = handover_section.code);
