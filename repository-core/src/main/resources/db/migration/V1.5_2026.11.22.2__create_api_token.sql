-- API tokens for the HR system: the secret is shown once and only its SHA-256 is kept; scope
-- table:read lets it read the table and snapshots, nothing else. revoked_at set = no longer valid.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  name         VARCHAR(128) NOT NULL,
  token_sha256 CHAR(64)     NOT NULL,
  scope        VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  revoked_at   TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_api_token_sha256 (token_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
