-- Delivery of outbox rows to chat accounts (integrations: WeCom, DingTalk, web chat).
-- An outbox row (one official) becomes one delivery per bound chat account; identical content for one platform and
-- corp is sent in batches of up to the platform's maximum recipients per call. A batch is written down with its
-- recipients and body before it is sent, so a resend after a crash is the identical request (absorbed by WeCom's
-- duplicate check and DingTalk's same-content-same-day rule).

CREATE TABLE delivery_batch (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  platform     VARCHAR(16)   NOT NULL,
  corp_id      VARCHAR(64)   NOT NULL,
  content_key  CHAR(64)      NOT NULL,
  body         TEXT          NOT NULL,
  recipients   TEXT          NOT NULL,
  size         INT           NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  attempts     INT           NOT NULL,
  available_at DATETIME(3)   NOT NULL,
  claimed_by   VARCHAR(64)   NULL,
  claim_until  DATETIME(3)   NULL,
  sent_at      DATETIME(3)   NULL,
  last_error   VARCHAR(1024) NULL,
  created_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_batch_due ON delivery_batch (status, available_at);

CREATE TABLE delivery (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  outbox_id    BIGINT        NOT NULL,
  platform     VARCHAR(16)   NOT NULL,
  corp_id      VARCHAR(64)   NOT NULL,
  user_id      VARCHAR(128)  NOT NULL,
  content_key  CHAR(64)      NOT NULL,
  body         TEXT          NOT NULL,
  batch_id     BIGINT        NULL,
  status       VARCHAR(16)   NOT NULL,
  attempts     INT           NOT NULL,
  available_at DATETIME(3)   NOT NULL,
  sent_at      DATETIME(3)   NULL,
  last_error   VARCHAR(1024) NULL,
  created_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_delivery UNIQUE (outbox_id, platform, corp_id, user_id),
  CONSTRAINT fk_delivery_outbox FOREIGN KEY (outbox_id) REFERENCES outbox (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_delivery_due ON delivery (status, available_at);
CREATE INDEX ix_delivery_batch ON delivery (batch_id);
