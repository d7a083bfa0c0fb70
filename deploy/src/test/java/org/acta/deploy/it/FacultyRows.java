package org.acta.deploy.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rows of the one table for named people, with their works, written straight into the database
 * as a pipeline run would leave them (status auto), at a new version of the table.
 */
final class FacultyRows {

  private FacultyRows() {}

  /** One row: its id, its work, its person and unit, the author rank. */
  record Row(String rowId, String workKey, String person, String unit, int rank) {}

  /** Writes the rows (and works not yet stored); returns the version they were written at. */
  static long insert(List<Row> rows) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      long version;
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE change_sequence SET value = value + 1 WHERE name = 'table_row'");
        var rs = s.executeQuery("SELECT value FROM change_sequence WHERE name = 'table_row'");
        rs.next();
        version = rs.getLong(1);
      }
      try (PreparedStatement work = c.prepareStatement(
              "INSERT IGNORE INTO work (work_key) VALUES (?)");
          PreparedStatement row = c.prepareStatement("INSERT INTO table_row (row_id, work_id,"
              + " person_id, person_kind, unit_id, author_rank, is_first_author, is_corresponding,"
              + " first_affiliation_is_institution, title, year, status, confidence, version,"
              + " deleted, content_sha256) VALUES (?, ?, ?, 'staff', ?, ?, ?, FALSE, TRUE, ?, 2024,"
              + " 'auto', 0.9, ?, FALSE, ?)")) {
        for (Row r : rows) {
          work.setString(1, r.workKey());
          work.executeUpdate();
          row.setString(1, r.rowId());
          row.setString(2, r.workKey());
          row.setString(3, r.person());
          row.setString(4, r.unit());
          row.setInt(5, r.rank());
          row.setBoolean(6, r.rank() == 1);
          row.setString(7, "Study " + r.workKey());
          row.setLong(8, version);
          row.setString(9, "0".repeat(64));
          row.executeUpdate();
        }
      }
      c.commit();
      return version;
    }
  }
}
