-- Answers in the conversation (#14): every answer and every card update a turn produces is a row here, written in the
-- turn's own transaction (so an action and its answer commit together), then sent by the reply worker through the
-- platform's reply channel (DingTalk's sessionWebhook while valid, then the OpenAPI; WeCom app messages) with quotas,
-- leases, retries with backoff and dead letters, as notices are, in a lane of its own that no broadcast waits in
-- front of. One conversation's rows (a person 1:1, or a group) go out in order: a row is sent only when no earlier
-- row of its conversation is still waiting or being sent.
CREATE TABLE chat_reply (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  platform           VARCHAR(16)   NOT NULL,
  corp_id            VARCHAR(64)   NOT NULL,
  -- USER (the person's account) or GROUP (the chat group they spoke in)
  target_kind        VARCHAR(8)    NOT NULL,
  target_id          VARCHAR(128)  NOT NULL,
  -- SHA-256 (hex) of platform, corp, kind and target: the order is kept within one conversation
  conversation_key   CHAR(64)      NOT NULL,
  -- the official answered (null for a person bound to none): whose organizers see it as a dead letter
  official_id        BIGINT        NULL,
  -- MESSAGE (text, markdown or a card) or CARD_UPDATE (a card shows its outcome)
  kind               VARCHAR(16)   NOT NULL,
  body               TEXT          NOT NULL,
  card_id            VARCHAR(128)  NULL,
  -- WeCom: what sending the card returned, good for one update of it
  response_code      VARCHAR(255)  NULL,
  session_webhook    VARCHAR(1024) NULL,
  session_expires_at DATETIME(3)   NULL,
  status             VARCHAR(16)   NOT NULL,
  attempts           INT           NOT NULL,
  available_at       DATETIME(3)   NOT NULL,
  claimed_by         VARCHAR(64)   NULL,
  claim_until        DATETIME(3)   NULL,
  sent_at            DATETIME(3)   NULL,
  last_error         VARCHAR(1024) NULL,
  created_at         DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_reply_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_reply_due ON chat_reply (status, available_at, id);
CREATE INDEX ix_reply_conversation ON chat_reply (conversation_key, status, id);
CREATE INDEX ix_reply_official ON chat_reply (official_id, status);
