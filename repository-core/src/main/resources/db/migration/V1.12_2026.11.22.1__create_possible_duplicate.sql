-- Pairs of works the last pipeline run could not decide were one publication or two (derived data, replaced
-- by every run, full or incremental: the engine clusters every record each time, so each run knows them all).
-- One row per pair of works, with the record pair that scored highest: record_a_id / record_b_id anchor the
-- pair to source records, which keep their ids when a re-run gives the works other keys. Pairs people decided
-- (a merge, a keep-apart, a split) are not stored again. The review queue lists them as kind 'duplicate'.
CREATE TABLE possible_duplicate (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  work_a_id     BIGINT        NOT NULL,
  work_b_id     BIGINT        NOT NULL,
  record_a_id   BIGINT        NOT NULL,
  record_b_id   BIGINT        NOT NULL,
  score         DECIMAL(7, 6) NOT NULL,
  evidence_json JSON          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_possible_duplicate_works (work_a_id, work_b_id),
  KEY ix_possible_duplicate_review (score DESC, id),
  KEY ix_possible_duplicate_work_b (work_b_id),
  CONSTRAINT ck_possible_duplicate_score CHECK (score >= 0 AND score <= 1),
  CONSTRAINT ck_possible_duplicate_order CHECK (work_a_id <> work_b_id),
  CONSTRAINT fk_possible_duplicate_work_a FOREIGN KEY (work_a_id) REFERENCES work (id),
  CONSTRAINT fk_possible_duplicate_work_b FOREIGN KEY (work_b_id) REFERENCES work (id),
  CONSTRAINT fk_possible_duplicate_record_a FOREIGN KEY (record_a_id) REFERENCES source_record (id),
  CONSTRAINT fk_possible_duplicate_record_b FOREIGN KEY (record_b_id) REFERENCES source_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
