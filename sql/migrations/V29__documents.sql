-- Issue #15 (documents). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.

-- The verification page (GET /verify/{sha256}) finds the archived record a printed copy names by its digest.
CREATE INDEX ix_handover_archive_sha256 ON handover (archive_sha256);
