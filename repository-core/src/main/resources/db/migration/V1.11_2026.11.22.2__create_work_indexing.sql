-- What the one table cannot carry about a work's indexing (its columns are a contract,
-- output-table.md): the JCR year and categories used, the university's disciplines, every ESI edition
-- that listed the paper, and per column where its value came from and by which rule (provenance, JSON
-- object column -> words). Written by pipeline runs and re-indexing; version is the table's change
-- sequence when it last changed.
CREATE TABLE work_indexing (
  work_id                   VARCHAR(40)  NOT NULL,
  jcr_year                  INT          NULL,
  jcr_categories            TEXT         NULL,
  esi_field                 VARCHAR(128) NULL,
  disciplines               TEXT         NULL,
  highly_cited_editions     TEXT         NULL,
  hot_editions              TEXT         NULL,
  provenance                MEDIUMTEXT   NOT NULL,
  version                   BIGINT       NOT NULL,
  content_sha256            CHAR(64)     NOT NULL,
  PRIMARY KEY (work_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
