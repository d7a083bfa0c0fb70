-- The university's indexing rules (docs/lists.md, "Settings"): which JCR year gives a work its quartile
-- and impact factor, when the ESI flags are set, whether the extended part of a journal list counts.
-- Appended, never updated: the current rules are the latest row, and earlier rows say which rules an
-- earlier table was computed with. No row means the defaults.
CREATE TABLE indexing_setting (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  jcr_year_rule   VARCHAR(32)  NOT NULL,
  esi_flag_rule   VARCHAR(32)  NOT NULL,
  extended_counts BOOLEAN      NOT NULL,
  changed_by      VARCHAR(128) NOT NULL,
  changed_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
