-- Why deduplication joined a work's records, as data: a JSON array of {code, args}
-- (org.acta.matching.explain.Reason) beside the English words in `evidence_json`, so the work screen
-- renders it in the reader's language. NULL for rows written before evidence had codes.
ALTER TABLE work_merged
  ADD COLUMN evidence_reasons_json JSON NULL AFTER evidence_json;
