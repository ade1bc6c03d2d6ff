-- Issue #12 (newcomer 3). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V16.

-- when a finished item was done, said only to the month ("机关党支部换届选举 已完成 2026年4月"): the year and month as
-- said, ISO "2026-04", no day made up. At most one of done_on (a day) and done_in (a month) is set.
ALTER TABLE handover_item ADD COLUMN done_in VARCHAR(7) NULL;
