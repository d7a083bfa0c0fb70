-- High-water marks of what the last pipeline run had seen, so an incremental run knows which source
-- records, re-readings, decisions and HR changes are new since: the largest id of each table at that run.
INSERT INTO change_sequence (name, value) VALUES
  ('pipeline_source_record', 0),
  ('pipeline_sighting', 0),
  ('pipeline_decision_event', 0),
  ('pipeline_directory_change', 0);
