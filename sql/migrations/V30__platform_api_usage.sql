-- API calls Baton made to each chat platform, per corp (organization) and natural month in China's time (YYYY-MM):
-- all calls, and the metered ones that count against a platform's monthly quota (DingTalk's standard edition allows
-- an organization 5,000 a month, tokens and contacts reads not counted). warned_percent is the highest budget
-- threshold the root administrators were told about this month, so each threshold is told once across instances.
CREATE TABLE platform_api_usage (
  platform       VARCHAR(16)  NOT NULL,
  corp_id        VARCHAR(64)  NOT NULL,
  usage_month    CHAR(7)      NOT NULL,
  calls          BIGINT       NOT NULL,
  metered_calls  BIGINT       NOT NULL,
  warned_percent INT          NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (platform, corp_id, usage_month)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
