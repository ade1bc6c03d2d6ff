-- Issue #15 (documents, seventh newcomer pass). The names and posts of the people a handover's record names, as they
-- were when it was opened (the parties) and when it was archived (everyone its 交接书 names): the directory holds a
-- person's current post, and the departing official's new title is not the post handed over. Written once per person
-- and handover, never changed; part of the archived record (its digest covers the rows). Portable across MySQL 8,
-- MariaDB 10.11+ and H2 (MySQL mode), like V2.
CREATE TABLE handover_official (
  handover_id BIGINT       NOT NULL,
  official_id BIGINT       NOT NULL,
  name        VARCHAR(64)  NOT NULL,
  post        VARCHAR(128) NOT NULL,
  PRIMARY KEY (handover_id, official_id),
  CONSTRAINT fk_handover_official_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
  CONSTRAINT fk_handover_official_official FOREIGN KEY (official_id) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
