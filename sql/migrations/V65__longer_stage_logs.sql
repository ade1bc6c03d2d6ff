-- Issue #14 (s19a): waiting_step.stage_log (V54) was TEXT (64 KB, about 2,000 stage lines): a step overdue for years
-- whose last level repeats daily would fill it, and the sweep's UPDATE that claims its next stage would fail ("Data too
-- long"), so the step would never be swept again. MEDIUMTEXT holds 16 MB (a line a day for centuries).
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
ALTER TABLE waiting_step MODIFY COLUMN stage_log MEDIUMTEXT NULL;
