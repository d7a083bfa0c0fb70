-- Other names of a unit as they appear in affiliations: abbreviations, former names, other languages.
-- language is a BCP 47 tag (zh, en, ...) or NULL when unknown.
CREATE TABLE unit_name (
  id       BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id  BIGINT       NOT NULL,
  name     VARCHAR(512) NOT NULL,
  language VARCHAR(16)  NULL,
  PRIMARY KEY (id),
  KEY ix_unit_name_unit (unit_id),
  KEY ix_unit_name_name (name(191)),
  CONSTRAINT fk_unit_name_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
