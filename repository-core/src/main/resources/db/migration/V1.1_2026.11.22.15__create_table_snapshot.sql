-- A frozen copy of the one table for an assessment period (rows of works published in year_from..year_to),
-- taken at table version table_version. Snapshots are never changed; HR assesses against them.
CREATE TABLE table_snapshot (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  name          VARCHAR(128)  NOT NULL,
  year_from     INT           NULL,
  year_to       INT           NULL,
  table_version BIGINT        NOT NULL,
  row_count     INT           NOT NULL,
  created_by    VARCHAR(128)  NOT NULL,
  created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  note          VARCHAR(1024) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_table_snapshot_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
