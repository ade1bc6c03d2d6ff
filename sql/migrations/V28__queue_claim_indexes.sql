-- Issue #14 (queue SQL that holds on MySQL 8 as on MariaDB). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL
-- mode), like V2.
--
-- Every claim takes the oldest due rows first, ORDER BY available_at, id, and under FOR UPDATE SKIP LOCKED it must
-- read them in that order from one index and stop at LIMIT: a claim ordered by anything the index does not give
-- (ORDER BY id on an (status, available_at) range) sorts every due row first, and a locking read locks every row it
-- reads, so one worker's claim of 200 locked the whole backlog. The indexes name the id explicitly (InnoDB appends
-- the primary key to a secondary index anyway; H2 does not), so the order is the index's on every engine.
DROP INDEX ix_outbox_pending ON outbox;
CREATE INDEX ix_outbox_pending ON outbox (status, available_at, id);

DROP INDEX ix_delivery_due ON delivery;
CREATE INDEX ix_delivery_due ON delivery (status, available_at, id);

DROP INDEX ix_batch_due ON delivery_batch;
CREATE INDEX ix_batch_due ON delivery_batch (status, available_at, id);
-- a sender that crashed or hung leaves its batch SENDING until its lease runs out: a claim of its own, on its own
-- index, instead of an OR that no single index range can serve
CREATE INDEX ix_batch_lease ON delivery_batch (status, claim_until, id);

-- the sweep reads due steps oldest first, ties by id
DROP INDEX ix_waiting_step_next_action ON waiting_step;
CREATE INDEX ix_waiting_step_next_action ON waiting_step (next_action_at, id);
