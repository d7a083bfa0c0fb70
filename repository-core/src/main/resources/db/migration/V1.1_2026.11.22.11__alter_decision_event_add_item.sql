-- What a decision is about, in the terms that survive a re-run: item_key names the decided item
-- ('authorship:<work key>#<author rank>' or 'work:<work key>'), person_code and author_rank the authorship,
-- reason_code a reject's coded reason, flag the value of set_corresponding.
ALTER TABLE decision_event
  ADD COLUMN item_key VARCHAR(160) NULL AFTER target_id,
  ADD COLUMN person_code VARCHAR(64) NULL AFTER item_key,
  ADD COLUMN author_rank INT NULL AFTER person_code,
  ADD COLUMN reason_code VARCHAR(48) NULL AFTER reason,
  ADD COLUMN flag BOOLEAN NULL AFTER reason_code,
  ADD KEY ix_decision_event_item (item_key, id);
