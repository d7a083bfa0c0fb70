-- Why two works may be one publication, as data: a JSON array of {code, args}
-- (org.acta.matching.explain.Reason) beside the English words in `evidence_json`, so the review queue
-- renders it in the reader's language. NULL for rows written before evidence had codes.
ALTER TABLE possible_duplicate
  ADD COLUMN evidence_reasons_json JSON NULL AFTER evidence_json;
