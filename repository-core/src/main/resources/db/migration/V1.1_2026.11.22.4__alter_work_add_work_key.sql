-- The engine's stable work id (derived from the members' natural keys), so a re-run finds the same row.
ALTER TABLE work ADD COLUMN work_key VARCHAR(40) NULL AFTER id, ADD UNIQUE KEY uk_work_key (work_key);
