-- Browser sessions of the web UI (POST /auth/login). The cookie carries a random secret; only its
-- SHA-256 is kept, so a copy of the database signs nobody in. csrf_token is the synchronizer token
-- the UI sends back in X-CSRF-Token on every unsafe request. Kept in the database rather than in
-- Payara's HTTP session so that a restart signs nobody out and several servers share sessions.
CREATE TABLE web_session (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  secret_sha256 CHAR(64)     NOT NULL,
  username      VARCHAR(128) NOT NULL,
  csrf_token    VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  expires_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_web_session_secret (secret_sha256),
  KEY ix_web_session_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
