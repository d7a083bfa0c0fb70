-- The merged view of a work as the last pipeline run built it: one value per field with its provenance
-- (which source record gave it and the merge rule that chose it), and the dedup evidence that joined the
-- records. Derived data, rewritten by a run only when it changed (content_sha256); the work screen reads it
-- instead of re-merging, so it shows what the run decided even after the merge rules are reconfigured.
-- title and doi are copied out of fields_json so that staff can find a work by them (merge picker).
-- member_ids_json lists the work's source records at that run: once a later run withdraws the work (a
-- merge or split gave its records other works), they lead from it to the works that hold them now.
CREATE TABLE work_merged (
  work_id        BIGINT        NOT NULL,
  title          VARCHAR(1024) NULL,
  doi            VARCHAR(255)  NULL,
  year           INT           NULL,
  fields_json    JSON          NOT NULL,
  evidence_json  JSON          NOT NULL,
  member_ids_json JSON         NOT NULL,
  content_sha256 CHAR(64)      NOT NULL,
  updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (work_id),
  KEY ix_work_merged_doi (doi),
  KEY ix_work_merged_title (title(191)),
  CONSTRAINT fk_work_merged_work FOREIGN KEY (work_id) REFERENCES work (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
