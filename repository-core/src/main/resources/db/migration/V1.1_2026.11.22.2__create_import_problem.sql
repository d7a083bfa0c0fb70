-- A record (or a whole file) that could not be read completely, as the parser reported it. fatal = the
-- record was dropped; otherwise it was kept with a warning. record_number 0 concerns the whole file.
CREATE TABLE import_problem (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  import_file_id BIGINT        NOT NULL,
  record_number  INT           NOT NULL,
  line           INT           NOT NULL,
  field          VARCHAR(128)  NULL,
  reason         VARCHAR(2048) NOT NULL,
  fatal          BOOLEAN       NOT NULL,
  PRIMARY KEY (id),
  KEY ix_import_problem_file (import_file_id, record_number),
  CONSTRAINT fk_import_problem_file FOREIGN KEY (import_file_id) REFERENCES import_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
