-- The append-only log of decisions (ARCHITECTURE.md principle 2): merges, splits, attributions,
-- confirmations, rejections. actor is a person's login or 'system'; target_type/target_id name what the
-- decision is about; evidence is the features behind the score, as JSON. Undo is a new event that
-- points at the one it reverses (reverses_id); rows are never updated or deleted.
CREATE TABLE decision_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  actor       VARCHAR(128)  NOT NULL,
  kind        VARCHAR(48)   NOT NULL,
  target_type VARCHAR(32)   NOT NULL,
  target_id   BIGINT        NOT NULL,
  reason      VARCHAR(2048) NULL,
  score       DECIMAL(7, 6) NULL,
  evidence    JSON          NULL,
  reverses_id BIGINT        NULL,
  PRIMARY KEY (id),
  KEY ix_decision_event_target (target_type, target_id, occurred_at),
  KEY ix_decision_event_kind (kind, occurred_at),
  CONSTRAINT ck_decision_event_score CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
  CONSTRAINT fk_decision_event_reverses FOREIGN KEY (reverses_id) REFERENCES decision_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
