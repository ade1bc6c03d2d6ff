-- Issue #12 (rulings and notices). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.

-- The cards Baton sent 1:1 in the conversation, so that one action has one outcome whichever way it came: when the
-- action a card asks for is taken (by text, by a press of another copy, over the API) the card is updated to show
-- the outcome where the platform allows it without a press (the web chat, DingTalk interactive cards by outTrackId,
-- WeCom with the one-shot response_code of the send), and a later press of it answers what happened.
CREATE TABLE chat_card (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  -- Baton's card id (WeCom task_id, DingTalk outTrackId, the web chat's card id)
  card_id       VARCHAR(128) NOT NULL,
  official_id   BIGINT       NOT NULL,
  platform      VARCHAR(16)  NOT NULL,
  corp_id       VARCHAR(64)  NOT NULL,
  user_id       VARCHAR(128) NOT NULL,
  handover_id   BIGINT       NOT NULL,
  -- what the card asks for: ack (签收), confirm (one item), review (the round's review)
  kind          VARCHAR(16)  NOT NULL,
  -- the item of a confirm card, 0 otherwise
  item_seq      INT          NOT NULL,
  -- the review round the handover was in when the card was sent
  review_round  INT          NOT NULL,
  english       BOOLEAN      NOT NULL,
  -- WeCom: the code of the send, good for one update_template_card (72 h); null elsewhere
  response_code VARCHAR(256) NULL,
  sent_at       DATETIME(3)  NOT NULL,
  outcome       VARCHAR(256) NULL,
  decided_at    DATETIME(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_chat_card UNIQUE (card_id, official_id),
  CONSTRAINT fk_chat_card_official FOREIGN KEY (official_id) REFERENCES official (id),
  CONSTRAINT fk_chat_card_handover FOREIGN KEY (handover_id) REFERENCES handover (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_chat_card_live ON chat_card (handover_id, decided_at);

-- 争议事项以审计结论为最终依据: a correction changes the item; the dispute keeps what the departing side stated
ALTER TABLE item_dispute ADD COLUMN original_amount DECIMAL(20,2) NULL;
ALTER TABLE item_dispute ADD COLUMN original_currency CHAR(3) NULL;
-- a quantity (亩, 处 …) is corrected like an amount: the ruled value and unit, and what was stated
ALTER TABLE item_dispute ADD COLUMN original_quantity DECIMAL(24,6) NULL;
ALTER TABLE item_dispute ADD COLUMN original_quantity_unit VARCHAR(16) NULL;
ALTER TABLE item_dispute ADD COLUMN corrected_quantity DECIMAL(24,6) NULL;
ALTER TABLE item_dispute ADD COLUMN corrected_quantity_unit VARCHAR(16) NULL;

-- a follow-up step is named as people read and type it, item.step ("4.2"), not by its row id ("step:17")
UPDATE waiting_step SET subject = (
    SELECT CONCAT(i.seq, '.', s.seq)
    FROM followup_step s
      JOIN followup_plan p ON p.id = s.plan_id
      JOIN handover_item i ON i.id = p.item_id
    WHERE CONCAT('step:', s.id) = waiting_step.subject AND p.handover_id = waiting_step.handover_id)
  WHERE kind = 'FOLLOW_UP_STEP' AND subject LIKE 'step:%';
