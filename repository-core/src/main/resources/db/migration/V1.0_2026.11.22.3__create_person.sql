-- Staff and students as HR and the registry hold them. code is the institution's person identifier.
-- name_en is the romanised or English name ("Wang Xiaoming", "John Smith").
-- start_year/end_year bound the person's time at the institution (NULL = open).
CREATE TABLE person (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  code          VARCHAR(64)  NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  name_zh       VARCHAR(255) NULL,
  name_en       VARCHAR(255) NULL,
  unit_id       BIGINT       NULL,
  supervisor_id BIGINT       NULL,
  email         VARCHAR(320) NULL,
  orcid         CHAR(19)     NULL,
  start_year    SMALLINT     NULL,
  end_year      SMALLINT     NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_person_code (code),
  KEY ix_person_unit (unit_id),
  KEY ix_person_supervisor (supervisor_id),
  KEY ix_person_name_zh (name_zh),
  KEY ix_person_name_en (name_en),
  KEY ix_person_orcid (orcid),
  CONSTRAINT ck_person_kind CHECK (kind IN ('staff', 'student')),
  CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT fk_person_supervisor FOREIGN KEY (supervisor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
