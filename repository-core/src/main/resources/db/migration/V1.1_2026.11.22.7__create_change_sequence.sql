-- Named counters that only go up. A writer takes the row FOR UPDATE, so versions are handed out in commit
-- order and an incremental reader never misses a change that commits later with a smaller number.
CREATE TABLE change_sequence (
  name  VARCHAR(64) NOT NULL,
  value BIGINT      NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
