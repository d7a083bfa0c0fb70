package org.acta.deploy.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Synthetic rows of the one table written straight into {@code table_row}, with the change
 * sequence moved past them, as a pipeline run would leave them.
 */
final class TableRows {

  private TableRows() {}

  /**
   * Inserts {@code count} rows of unit {@code unit}: years cycle 2019..2023, every third row is in
   * SCIE;EI, every fifth is confirmed, the rest auto.
   *
   * @return the version the rows were written at
   */
  static long insert(String unit, int count) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      long version;
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE change_sequence SET value = value + 1 WHERE name = 'table_row'");
        var rs = s.executeQuery("SELECT value FROM change_sequence WHERE name = 'table_row'");
        rs.next();
        version = rs.getLong(1);
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO table_row (row_id, work_id,"
          + " person_id, person_name, person_kind, unit_id, author_rank, is_first_author,"
          + " is_corresponding, first_affiliation_is_institution, title, source_title, issn, year,"
          + " volume, issue, pages, doi, document_type, language, indexed_in, wos_ut, status,"
          + " confidence, version, deleted, content_sha256)"
          + " VALUES (?, ?, ?, ?, 'staff', ?, ?, ?, FALSE, TRUE, ?, ?, '1234-5678', ?, '12', '3',"
          + " '100-110', ?, 'article', 'en', ?, ?, ?, 0.912345, ?, FALSE, ?)")) {
        for (int i = 0; i < count; i++) {
          int p = 1;
          ps.setString(p++, unit + "-r" + i);
          ps.setString(p++, unit + "-w" + (i / 2));
          ps.setString(p++, unit + "-p" + (i % 50));
          ps.setString(p++, "作者" + (i % 50));
          ps.setString(p++, unit);
          ps.setInt(p++, 1 + i % 2);
          ps.setBoolean(p++, i % 2 == 0);
          ps.setString(p++, "Synthetic study number " + i + " of layered oxide cathodes, 合成研究");
          ps.setString(p++, "Journal of Synthetic Materials");
          ps.setInt(p++, 2019 + i % 5);
          ps.setString(p++, "10.9999/synthetic." + unit.toLowerCase() + "." + i);
          ps.setString(p++, i % 3 == 0 ? "SCIE;EI" : "ESCI");
          ps.setString(p++, "WOS:" + String.format("%015d", i));
          ps.setString(p++, i % 5 == 0 ? "confirmed" : "auto");
          ps.setLong(p++, version);
          ps.setString(p, "0".repeat(64));
          ps.addBatch();
          if (i % 5_000 == 4_999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      return version;
    }
  }
}
