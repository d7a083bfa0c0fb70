-- Every place a stored source record was read: file, record number, lines. The first reading creates the
-- source_record; a re-imported file or an overlapping export only adds a sighting (one per file content
-- and record number, so importing the same file again adds nothing at all). verbatim_text is kept only
-- when this reading's text differs from the stored record's (another export format of the same record),
-- with its parse in parsed_fields: such a reading is new information and the engine sees it too.
CREATE TABLE source_record_sighting (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  source_record_id BIGINT       NOT NULL,
  import_file_id   BIGINT       NOT NULL,
  file_sha256      CHAR(64)     NOT NULL,
  file_name        VARCHAR(512) NOT NULL,
  record_number    INT          NOT NULL,
  first_line       INT          NOT NULL,
  last_line        INT          NOT NULL,
  verbatim_sha256  CHAR(64)     NOT NULL,
  verbatim_text    MEDIUMTEXT   NULL,
  parsed_fields    JSON         NULL,
  created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_sighting_file_record (file_sha256, record_number),
  KEY ix_sighting_record (source_record_id),
  KEY ix_sighting_import_file (import_file_id),
  CONSTRAINT fk_sighting_record FOREIGN KEY (source_record_id) REFERENCES source_record (id),
  CONSTRAINT fk_sighting_import_file FOREIGN KEY (import_file_id) REFERENCES import_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
