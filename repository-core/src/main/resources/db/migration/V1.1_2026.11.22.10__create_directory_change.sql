-- The history of the directory as HR exports told it: one row per unit or person added, changed, left or
-- returned by an import, with the values before and after (JSON objects of the CSV columns).
CREATE TABLE directory_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  entity      VARCHAR(16)  NOT NULL,
  code        VARCHAR(64)  NOT NULL,
  change_kind VARCHAR(16)  NOT NULL,
  before_json JSON         NULL,
  after_json  JSON         NULL,
  source_name VARCHAR(512) NULL,
  PRIMARY KEY (id),
  KEY ix_directory_change_code (entity, code, occurred_at),
  CONSTRAINT ck_directory_change_entity CHECK (entity IN ('unit', 'person')),
  CONSTRAINT ck_directory_change_kind CHECK (change_kind IN ('added', 'changed', 'left', 'returned'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
