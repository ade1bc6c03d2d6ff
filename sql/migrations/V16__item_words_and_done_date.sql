-- An item said in free text (issue #12, newcomer findings C20, C25): its title is what the item is, without the
-- figures read into its fields; the words as the person said them are kept beside it, and a date said with 已完成
-- is when the item was done, not a deadline.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2 and V3.

-- the words as said, when they differ from the title ("统计执法检查专项资金 已完成 45万元"); NULL when the same
ALTER TABLE handover_item ADD COLUMN said TEXT NULL;

-- when a finished item was done ("机关党支部换届选举 已完成 2026-09-15"); never a deadline
ALTER TABLE handover_item ADD COLUMN done_on DATE NULL;
