-- Local accounts (small installations and the demo; larger ones sign in through OIDC).
-- password_hash is Jakarta Security's Pbkdf2PasswordHash format: algorithm:iterations:salt:hash.
-- One role per account: admin, staff, unit-secretary, faculty, student. person_code ties a faculty
-- member or student to their own items; unit_code ties a unit secretary to their unit.
CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  username      VARCHAR(128) NOT NULL,
  password_hash VARCHAR(512) NOT NULL,
  role          VARCHAR(32)  NOT NULL,
  person_code   VARCHAR(64)  NULL,
  unit_code     VARCHAR(64)  NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_account_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
