-- Every change an admin (or single sign-on) makes to an account: who, when, what. Append-only, like
-- decision_event; detail never holds a password.
CREATE TABLE account_event (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  username   VARCHAR(128) NOT NULL,
  action     VARCHAR(32)  NOT NULL,
  detail     VARCHAR(255) NULL,
  actor      VARCHAR(160) NOT NULL,
  at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY ix_account_event_username (username, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
