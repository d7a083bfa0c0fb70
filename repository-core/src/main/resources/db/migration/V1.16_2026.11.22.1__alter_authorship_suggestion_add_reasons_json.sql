-- The evidence of a suggestion as data: a JSON array of {code, args} (org.acta.matching.explain.Reason),
-- next to the English words in `reasons`, so the review queue and the work screen render it in the
-- reader's language. NULL for rows written before evidence had codes: they show their text as it is.
ALTER TABLE authorship_suggestion
  ADD COLUMN reasons_json JSON NULL AFTER reasons;
