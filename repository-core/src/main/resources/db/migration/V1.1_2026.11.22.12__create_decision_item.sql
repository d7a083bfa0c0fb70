-- Optimistic locking of decisions: one row per decided item with a version that every decision moves on.
-- A decision names the version its maker saw; when another decision came first, the versions differ and
-- the later one is refused as a conflict instead of silently overwriting the first.
CREATE TABLE decision_item (
  item_key      VARCHAR(160) NOT NULL,
  version       BIGINT       NOT NULL,
  last_event_id BIGINT       NOT NULL,
  PRIMARY KEY (item_key),
  CONSTRAINT fk_decision_item_event FOREIGN KEY (last_event_id) REFERENCES decision_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
