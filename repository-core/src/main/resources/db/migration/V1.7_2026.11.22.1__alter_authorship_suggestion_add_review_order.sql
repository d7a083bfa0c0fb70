-- The review queue reads suggestions with outcome 'review', highest score first, in keyset pages of
-- (score, id): this index gives that order without sorting the whole queue for every page.
ALTER TABLE authorship_suggestion
  ADD KEY ix_suggestion_review (outcome, score DESC, id);
