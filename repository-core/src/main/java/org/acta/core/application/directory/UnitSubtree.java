package org.acta.core.application.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A unit and every unit below it in the tree (a school, its departments, their labs): what a
 * delegate for the unit is responsible for. Read with one recursive query, so a tree of any depth
 * costs one round trip.
 */
public final class UnitSubtree {
  private UnitSubtree() {}

  /** The codes of the unit and all its descendants; empty when no unit has the code. */
  public static Set<String> codes(DataSource dataSource, String unitCode) {
    try (Connection c = dataSource.getConnection()) {
      return codes(c, unitCode);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the units below " + unitCode + ": "
          + e.getMessage(), e);
    }
  }

  /** See {@link #codes(DataSource, String)}. */
  public static Set<String> codes(Connection c, String unitCode) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    // UNION (not UNION ALL) stops at a unit already reached, should the tree ever hold a cycle
    try (PreparedStatement ps = c.prepareStatement(
        "WITH RECURSIVE below (id, code) AS (SELECT id, code FROM unit WHERE code = ?"
            + " UNION SELECT u.id, u.code FROM unit u JOIN below b ON u.parent_id = b.id)"
            + " SELECT code FROM below")) {
      ps.setString(1, unitCode);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
