-- The console's local accounts (#17): a user name and a password for an official, for the embedded default and for
-- units without a chat platform (DingTalk and WeCom sign-in need no account: they map to the official's chat binding).
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V4: utf8mb4, DATETIME(3) in UTC.
-- Only a password hash is kept, in Spring Security's DelegatingPasswordEncoder form ('{bcrypt}$2a$...'): never the
-- password. Repeated failures lock the account until locked_until.
CREATE TABLE console_account (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  official_id         BIGINT       NOT NULL,
  -- what is typed to sign in, kept lower-case
  username            VARCHAR(64)  NOT NULL,
  password_hash       VARCHAR(255) NOT NULL,
  -- failed sign-ins since the last success or lock
  failed_attempts     INT          NOT NULL DEFAULT 0,
  locked_until        DATETIME(3)  NULL,
  created_at          DATETIME(3)  NOT NULL,
  password_changed_at DATETIME(3)  NOT NULL,
  last_signed_in_at   DATETIME(3)  NULL,
  -- set once the account stops working; the row stays for the record
  disabled_at         DATETIME(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_console_account_username UNIQUE (username),
  CONSTRAINT uk_console_account_official UNIQUE (official_id),
  CONSTRAINT fk_console_account_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
