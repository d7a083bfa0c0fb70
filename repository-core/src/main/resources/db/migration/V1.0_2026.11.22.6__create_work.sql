-- A work: one publication, the cluster of source records that describe it. A merge retires one work into
-- another (merged_into_id); the decision_event log says who merged and why.
CREATE TABLE work (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  status         VARCHAR(16)  NOT NULL DEFAULT 'active',
  merged_into_id BIGINT       NULL,
  created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY ix_work_merged_into (merged_into_id),
  CONSTRAINT ck_work_status CHECK (status IN ('active', 'merged', 'withdrawn')),
  CONSTRAINT fk_work_merged_into FOREIGN KEY (merged_into_id) REFERENCES work (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
