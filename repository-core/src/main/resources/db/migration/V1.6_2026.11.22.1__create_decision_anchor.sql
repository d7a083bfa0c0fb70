-- What a decision was about, in the terms that never change: the ids of the source records involved when
-- it was made. A work's key follows its members' natural keys, so a re-run that re-clusters can give a work
-- a new key; the pipeline finds the decision's work again through these records after every run.
-- role: 'work' = the members of the decided work; 'other' = the members of the work a merge takes in;
-- 'leave' = the records a split takes out. Written with the event, never changed.
CREATE TABLE decision_anchor (
  event_id         BIGINT      NOT NULL,
  role             VARCHAR(8)  NOT NULL,
  source_record_id BIGINT      NOT NULL,
  PRIMARY KEY (event_id, role, source_record_id),
  KEY ix_decision_anchor_record (source_record_id),
  CONSTRAINT ck_decision_anchor_role CHECK (role IN ('work', 'other', 'leave')),
  CONSTRAINT fk_decision_anchor_event FOREIGN KEY (event_id) REFERENCES decision_event (id),
  CONSTRAINT fk_decision_anchor_record FOREIGN KEY (source_record_id) REFERENCES source_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
