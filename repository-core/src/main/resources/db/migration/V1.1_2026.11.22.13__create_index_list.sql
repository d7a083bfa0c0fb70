-- Indexing lists the library imported (docs/lists.md), one row per version of one list edition: a journal
-- list edition (CSSCI 2023-2024), a JCR year, an ESI journal or paper list edition, the subject mapping.
-- A changed list is a new version; a version is never edited, so what the table was computed from stays
-- known. The current list of an edition is its highest version.
CREATE TABLE index_list (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  list_type      VARCHAR(16)   NOT NULL,
  list_name      VARCHAR(32)   NOT NULL,
  edition        VARCHAR(64)   NOT NULL,
  valid_from     INT           NULL,
  valid_to       INT           NULL,
  version        INT           NOT NULL,
  entry_count    INT           NOT NULL,
  content_sha256 CHAR(64)      NOT NULL,
  source_files   VARCHAR(1024) NOT NULL,
  imported_by    VARCHAR(128)  NULL,
  imported_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uq_index_list_version (list_type, list_name, edition, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
