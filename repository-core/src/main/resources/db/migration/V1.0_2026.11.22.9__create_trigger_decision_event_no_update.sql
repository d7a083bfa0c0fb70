-- The decision log is append-only: refuse updates in the database itself, whatever the client.
CREATE TRIGGER decision_event_no_update BEFORE UPDATE ON decision_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'decision_event is append-only: record a new event instead';
