-- Issue #12 (newcomer 11, talk12c). A signing code belongs to the handover it was issued for: "签字 764851" typed
-- while another handover is in focus (or again, after it signed) is recognised as that handover's code, by looking
-- up the signer's recent codes. This index finds them by signer without scanning every code. Portable across MySQL
-- 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
CREATE INDEX ix_signing_code_official ON signing_code (official_id, expires_at);
