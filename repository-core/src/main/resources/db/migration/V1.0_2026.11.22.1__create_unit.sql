-- Organisational units of the institution as a tree. The row without a parent is the institution itself.
-- code is the institution's own identifier (HR or registry), stable across imports.
CREATE TABLE unit (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  code       VARCHAR(64)  NOT NULL,
  parent_id  BIGINT       NULL,
  name_zh    VARCHAR(255) NULL,
  name_en    VARCHAR(255) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_unit_code (code),
  KEY ix_unit_parent (parent_id),
  CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
