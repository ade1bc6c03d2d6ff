-- API tokens for the organizer REST API (Authorization: Bearer <token>).
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2: utf8mb4, DATETIME(3) in UTC.
-- Only the token's SHA-256 is kept: the token itself is shown once, when it is issued, and is looked up by its hash.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  official_id  BIGINT       NOT NULL,
  -- lower-case hex SHA-256 of the token's UTF-8 bytes
  token_sha256 CHAR(64)     NOT NULL,
  -- what the token is for, e.g. 'organizer console on laptop 3'
  label        VARCHAR(128) NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  -- set once the token stops working; the row stays for the record
  revoked_at   DATETIME(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_api_token_sha256 UNIQUE (token_sha256),
  CONSTRAINT fk_api_token_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
