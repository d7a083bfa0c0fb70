-- One export file of an import batch, staged on disk and read by a background job. The job commits every
-- chunk of records together with resume_after_record, so a restarted server goes on after the last record
-- committed: nothing lost, nothing twice. records_total is counted before storing starts (progress).
CREATE TABLE import_file (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  batch_id            BIGINT        NOT NULL,
  file_name           VARCHAR(512)  NOT NULL,
  file_sha256         CHAR(64)      NOT NULL,
  size_bytes          BIGINT        NOT NULL,
  staged_path         VARCHAR(1024) NOT NULL,
  detected_format     VARCHAR(64)   NULL,
  detected_charset    VARCHAR(64)   NULL,
  status              VARCHAR(16)   NOT NULL DEFAULT 'queued',
  records_total       INT           NULL,
  records_read        INT           NOT NULL DEFAULT 0,
  records_new         INT           NOT NULL DEFAULT 0,
  records_known       INT           NOT NULL DEFAULT 0,
  records_dropped     INT           NOT NULL DEFAULT 0,
  problem_count       INT           NOT NULL DEFAULT 0,
  resume_after_record INT           NOT NULL DEFAULT 0,
  failure             VARCHAR(2048) NULL,
  queued_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  started_at          TIMESTAMP(3)  NULL,
  finished_at         TIMESTAMP(3)  NULL,
  PRIMARY KEY (id),
  KEY ix_import_file_batch (batch_id),
  KEY ix_import_file_status (status),
  KEY ix_import_file_sha256 (file_sha256),
  CONSTRAINT ck_import_file_status CHECK (status IN ('queued', 'running', 'finished', 'failed')),
  CONSTRAINT fk_import_file_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
