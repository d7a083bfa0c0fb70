package org.acta.core.application.directory;

import jakarta.json.spi.JsonProvider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.matching.attribution.dictionary.Unit;

/**
 * Saves a {@link UnitNameChange}: the unit's other names in {@code unit_name}, and the change in
 * {@code directory_change} with the names before and after (the history HR imports write too).
 * A new directory change makes the next pipeline run a full one, so every row sees the new name.
 */
public final class UnitNames {
  private final DataSource dataSource;
  private final JsonProvider json = JsonProvider.provider();

  public UnitNames(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Applies the change in one transaction.
   *
   * @return the code of the unit changed
   * @throws IllegalArgumentException naming the field when the unit is unknown, the name is
   *     already one of its names (add) or not one of its other names (remove)
   */
  public String apply(UnitNameChange change, String actor) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Unit unit = change.target(units(c));
        change.units(List.of(unit)); // the same checks the preview makes
        List<String> before = unit.variants();
        long id = unitId(c, unit.id());
        if (change.add()) {
          try (PreparedStatement ps = c.prepareStatement(
              "INSERT INTO unit_name (unit_id, name) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, change.name());
            ps.executeUpdate();
          }
        } else {
          try (PreparedStatement ps = c.prepareStatement(
              "DELETE FROM unit_name WHERE unit_id = ? AND TRIM(name) = ?")) {
            ps.setLong(1, id);
            ps.setString(2, change.name());
            ps.executeUpdate();
          }
        }
        List<String> after = new ArrayList<>(before);
        if (change.add()) {
          after.add(change.name());
        } else {
          after.removeIf(n -> n.strip().equals(change.name()));
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO directory_change (entity, code, change_kind, before_json, after_json,"
                + " source_name) VALUES ('unit', ?, 'changed', ?, ?, ?)")) {
          ps.setString(1, unit.id());
          ps.setString(2, variantsJson(before));
          ps.setString(3, variantsJson(after));
          ps.setString(4, change.describe() + " by " + (actor == null ? "api" : actor));
          ps.executeUpdate();
        }
        c.commit();
        return unit.id();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change the names of a unit: " + e.getMessage(), e);
    }
  }

  private String variantsJson(List<String> names) {
    return json.createObjectBuilder().add("variants", String.join("|", names)).build()
        .toString();
  }

  private static List<Unit> units(Connection c) throws SQLException {
    // the unit rows locked first: two people changing names at once apply one after the other
    List<String[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT u.id, u.code, p.code, u.name_zh, u.name_en FROM unit u"
                + " LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.id FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5)});
      }
    }
    java.util.Map<String, List<String>> names = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT unit_id, name FROM unit_name ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    List<Unit> out = new ArrayList<>(rows.size());
    for (String[] r : rows) {
      out.add(new Unit(r[1], r[2], r[3], r[4], names.getOrDefault(r[0], List.of())));
    }
    return out;
  }

  private static long unitId(Connection c, String code) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM unit WHERE code = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
