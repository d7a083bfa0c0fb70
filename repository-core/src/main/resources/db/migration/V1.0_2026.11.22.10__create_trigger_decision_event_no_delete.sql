-- The decision log is append-only: refuse deletes in the database itself, whatever the client.
CREATE TRIGGER decision_event_no_delete BEFORE DELETE ON decision_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'decision_event is append-only: record a new event instead';
