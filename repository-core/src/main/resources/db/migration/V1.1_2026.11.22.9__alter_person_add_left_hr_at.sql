-- People who no longer appear in the HR export are kept (their papers stay theirs) and marked with the
-- time of the first import that no longer listed them; NULL while HR lists them.
ALTER TABLE person ADD COLUMN left_hr_at TIMESTAMP(3) NULL AFTER end_year;
