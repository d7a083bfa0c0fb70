-- The entries of one index_list version, as read from the list file: journals (title, ISSNs, CN number,
-- tier; JCR category, edition, impact factor, quartile; ESI field), papers (DOI, WoS UT, ESI field) or
-- subject mapping rows (category, ESI field, discipline). Written once with their version, never changed.
CREATE TABLE index_list_entry (
  list_id       BIGINT        NOT NULL,
  position      INT           NOT NULL,
  title         VARCHAR(1024) NULL,
  issn          VARCHAR(32)   NULL,
  eissn         VARCHAR(32)   NULL,
  cn_number     VARCHAR(32)   NULL,
  tier          VARCHAR(32)   NULL,
  category      VARCHAR(255)  NULL,
  jcr_edition   VARCHAR(16)   NULL,
  impact_factor VARCHAR(32)   NULL,
  quartile      VARCHAR(4)    NULL,
  esi_field     VARCHAR(128)  NULL,
  doi           VARCHAR(255)  NULL,
  wos_ut        VARCHAR(64)   NULL,
  discipline    VARCHAR(255)  NULL,
  PRIMARY KEY (list_id, position),
  CONSTRAINT fk_index_list_entry_list FOREIGN KEY (list_id) REFERENCES index_list (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
