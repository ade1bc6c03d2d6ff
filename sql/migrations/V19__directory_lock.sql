-- One row that bulk writers of the directory lock (SELECT ... FOR UPDATE) for the length of their transaction, so
-- that two roster imports (or one sent twice at the same moment) run one after the other: the second plans against
-- what the first wrote, and a roster sent twice creates its people once. Single-row writes (the directory REST) do
-- not take it. Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode).
CREATE TABLE directory_lock (
  id INT NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO directory_lock (id) VALUES (1);
