-- Issue #12 (focus, lists and the 督办 digest). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.

-- The conversation's focus, when the dialog store has lost it (the embedded default keeps it in memory), is the
-- running handover the person last acted on: their newest audit row. This reads an official's audit rows newest
-- first without scanning the chain.
CREATE INDEX ix_audit_actor ON audit_log (actor_id, seq);
