-- Every record read from an export file, kept verbatim before anything is derived from it
-- (ARCHITECTURE.md principle 1). parsed_fields holds the parser's output as JSON; it can always be rebuilt
-- from verbatim_text. natural_key (WoS UT, EI accession number, CNKI file name, ...) makes re-import a no-op.
CREATE TABLE source_record (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  batch_id         BIGINT       NOT NULL,
  source_database  VARCHAR(16)  NOT NULL,
  natural_key      VARCHAR(255) NULL,
  file_name        VARCHAR(512) NOT NULL,
  file_sha256      CHAR(64)     NULL,
  detected_format  VARCHAR(64)  NOT NULL,
  detected_charset VARCHAR(64)  NOT NULL,
  record_number    INT          NOT NULL,
  first_line       INT          NOT NULL,
  last_line        INT          NOT NULL,
  verbatim_text    MEDIUMTEXT   NOT NULL,
  verbatim_sha256  CHAR(64)     NOT NULL,
  parsed_fields    JSON         NULL,
  created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_source_record_natural_key (source_database, natural_key),
  KEY ix_source_record_batch (batch_id),
  KEY ix_source_record_verbatim (verbatim_sha256),
  CONSTRAINT ck_source_record_lines CHECK (first_line >= 1 AND last_line >= first_line),
  CONSTRAINT fk_source_record_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
