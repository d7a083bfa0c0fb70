package org.acta.deploy.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Review items written straight into the database, as a pipeline run leaves them: a unit, a
 * person, and works whose rank-1 author the run could not attribute with certainty.
 */
final class ReviewItems {

  private ReviewItems() {}

  /**
   * A unit with one person and {@code count} works whose first author is to review.
   *
   * @return the unit's code (the person's code is the unit's with {@code -P})
   */
  static String insert(int count) throws SQLException {
    String unit = "R" + UUID.randomUUID().toString().substring(0, 6);
    try (Connection c = TestDatabase.connect()) {
      long unitId;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO unit (code, name_zh) VALUES (?, '复核学院')",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, unit);
        ps.executeUpdate();
        unitId = id(ps);
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (code, kind, name_zh,"
          + " name_en, unit_id) VALUES (?, 'staff', '王晓明', 'Wang Xiaoming', ?)")) {
        ps.setString(1, unit + "-P");
        ps.setLong(2, unitId);
        ps.executeUpdate();
      }
      for (int i = 0; i < count; i++) {
        long work;
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO work (work_key, status) VALUES (?, 'active')",
            Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, "W" + unit + i);
          ps.executeUpdate();
          work = id(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO authorship_suggestion"
            + " (work_id, author_rank, author_name, person_code, unit_code, outcome, score,"
            + " reasons) VALUES (?, 1, 'Wang, X', ?, ?, 'review', ?, ?)")) {
          ps.setLong(1, work);
          ps.setString(2, unit + "-P");
          ps.setString(3, unit);
          ps.setDouble(4, 0.5 + i / 100.0);
          ps.setString(5, "surname and initial match; the unit's name variant matches");
          ps.executeUpdate();
        }
      }
    }
    return unit;
  }

  private static long id(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
