-- The one table's change sequence starts at 0: the first materialisation is version 1.
INSERT INTO change_sequence (name, value) VALUES ('table_row', 0);
