-- One import run: a set of export files uploaded or read together, with who started it and how it went.
CREATE TABLE import_batch (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  started_by    VARCHAR(128) NOT NULL,
  started_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  finished_at   TIMESTAMP(3) NULL,
  status        VARCHAR(16)  NOT NULL DEFAULT 'running',
  note          VARCHAR(1024) NULL,
  file_count    INT          NOT NULL DEFAULT 0,
  record_count  INT          NOT NULL DEFAULT 0,
  problem_count INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT ck_import_batch_status CHECK (status IN ('running', 'finished', 'failed', 'interrupted'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
