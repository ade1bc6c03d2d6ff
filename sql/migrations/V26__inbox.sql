-- Issue #14: the durable inbox. Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
--
-- A verified callback (WeCom, DingTalk HTTP robot and card callbacks, DingTalk Stream, the web chat) is written here
-- in the request, before the platform is answered: nothing is acknowledged that is not stored. The row is also the
-- de-duplication record: a platform's redelivery of the same event (same platform and event key) cannot be inserted
-- twice, on every deployment and across restarts. Inbox workers claim a person's oldest waiting event under a lease
-- (never two of one sender's at once), handle it in one transaction with marking it DONE, retry failures with
-- backoff, and leave a hopeless one DEAD (a visible dead letter; the person is told). DONE rows are purged after the
-- retention period.
--
-- lane: the instances that share this database and handle the same apps (one lane, 'main', in production); the test
-- suite gives each application context its own. event_hash: SHA-256 of the event key (event keys can be longer than
-- an index takes). sender_key: platform:corp:user, the unit of ordering.
CREATE TABLE inbox (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  lane          VARCHAR(64)   NOT NULL,
  platform      VARCHAR(16)   NOT NULL,
  event_hash    CHAR(64)      NOT NULL,
  event_key     VARCHAR(1024) NOT NULL,
  sender_key    VARCHAR(300)  NOT NULL,
  body          TEXT          NULL,
  status        VARCHAR(16)   NOT NULL,
  attempts      INT           NOT NULL,
  retries       INT           NOT NULL,
  available_at  DATETIME(3)   NOT NULL,
  claimed_by    VARCHAR(64)   NULL,
  claim_until   DATETIME(3)   NULL,
  last_error    VARCHAR(1024) NULL,
  received_at   DATETIME(3)   NOT NULL,
  done_at       DATETIME(3)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_inbox_event UNIQUE (lane, platform, event_hash)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- the claim: waiting rows of a lane by (available_at, id)
CREATE INDEX ix_inbox_due ON inbox (lane, status, available_at, id);
-- a sender's earlier rows still open (per-person order)
CREATE INDEX ix_inbox_sender ON inbox (sender_key, status, id);
-- the purge of DONE rows past the retention
CREATE INDEX ix_inbox_done ON inbox (status, done_at);
