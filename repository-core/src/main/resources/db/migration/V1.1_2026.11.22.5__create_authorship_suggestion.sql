-- The pipeline's attribution suggestions for each author position of a work (derived data, rebuilt by every
-- run): outcome auto = applied to the one table, review = for a person to decide, rejected = no candidate.
-- Decisions people make are events in decision_event, never rows here.
CREATE TABLE authorship_suggestion (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  work_id     BIGINT        NOT NULL,
  author_rank INT           NOT NULL,
  author_name VARCHAR(512)  NULL,
  person_code VARCHAR(64)   NULL,
  unit_code   VARCHAR(64)   NULL,
  outcome     VARCHAR(16)   NOT NULL,
  score       DECIMAL(7, 6) NOT NULL,
  reasons     TEXT          NULL,
  PRIMARY KEY (id),
  KEY ix_suggestion_work (work_id, author_rank),
  KEY ix_suggestion_outcome (outcome),
  KEY ix_suggestion_person (person_code),
  CONSTRAINT ck_suggestion_outcome CHECK (outcome IN ('auto', 'review', 'rejected')),
  CONSTRAINT fk_suggestion_work FOREIGN KEY (work_id) REFERENCES work (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
