-- The dashboard's counts (DashboardQuery) read every live row in work order under HR's filters; this
-- index holds every column they read, so the pass touches ~40 bytes a row instead of the whole row
-- with its titles (500 000 rows: 1.6 s instead of a filesort over 280 MB; docs/benchmarks.md).
ALTER TABLE table_row ADD KEY ix_table_row_dashboard (deleted, work_id, unit_id, year, jcr_quartile,
  is_first_author, is_corresponding, person_id, status, indexed_in);
