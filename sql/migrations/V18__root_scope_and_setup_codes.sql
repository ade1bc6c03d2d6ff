-- Putting Baton into service (#13): the root scope, the one-time setup code that makes the first administrator, and
-- when an API token was last used.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2: utf8mb4, DATETIME(3) in UTC.

-- A role whose scope_unit_id is NULL is held over every unit: the root scope. Only the administrator role is held
-- there (the application checks it); a root administrator alone may do the global actions (the holiday calendar,
-- the platform check, the audit chain, broadcasts to every unit). The unique key does not stop two root rows of one
-- official (NULLs differ): Directory assigns it under a lock on the official's row.
ALTER TABLE role_assignment MODIFY COLUMN scope_unit_id BIGINT NULL;

-- The setup code of a deployment without a root administrator: printed once in the log, kept only as its SHA-256,
-- valid until expires_at and claimed at most once. A newer code (the next start) voids the older ones.
CREATE TABLE setup_code (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  -- lower-case hex SHA-256 of the code's UTF-8 bytes (the code as printed, upper case, with its dashes)
  code_sha256 CHAR(64)    NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  expires_at  DATETIME(3) NOT NULL,
  -- set once it is claimed, with the administrator it made
  claimed_at  DATETIME(3) NULL,
  official_id BIGINT      NULL,
  -- set once a newer code replaces it, or an administrator was made without it
  voided_at   DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_setup_code_sha256 UNIQUE (code_sha256),
  CONSTRAINT fk_setup_code_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When a token was last presented (at most once a minute is written), shown in the token list; NULL if never.
ALTER TABLE api_token ADD COLUMN last_used_at DATETIME(3) NULL;
