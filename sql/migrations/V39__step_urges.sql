-- 催办 (urge now, #17): an organizer or supervisor reminds whoever owes an open waiting step, by hand, from the
-- console or the API. One row per urge: at most one per step within the configured interval
-- (baton.supervision.urge-interval), which the service checks under the handover's row lock, reading the last row of the
-- step. Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2 and V22.
CREATE TABLE step_urge (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  step_id      BIGINT        NOT NULL,
  handover_id  BIGINT        NOT NULL,
  urged_by     BIGINT        NOT NULL,
  urged_at     DATETIME(3)   NOT NULL,
  -- how many people the reminder was queued for (the step's owners when it was sent)
  recipients   INT           NOT NULL,
  note         VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_step_urge_step FOREIGN KEY (step_id) REFERENCES waiting_step (id),
  CONSTRAINT fk_step_urge_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
  CONSTRAINT fk_step_urge_official FOREIGN KEY (urged_by) REFERENCES official (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_step_urge_step ON step_urge (step_id, urged_at);
CREATE INDEX ix_step_urge_handover ON step_urge (handover_id);
