-- Issue #17, newcomer finding 20 (r69): a handover opened for 其他 (reason OTHER) says in the organizer's own words why
-- the official leaves the post (借调到省委巡视组…), shown as 其他（…） wherever the reason is shown. NULL for the other
-- reasons, and for the handovers opened before this version. At most 100 characters (the service refuses more);
-- VARCHAR(255) leaves room without a later migration.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
ALTER TABLE handover ADD COLUMN reason_note VARCHAR(255) NULL;
