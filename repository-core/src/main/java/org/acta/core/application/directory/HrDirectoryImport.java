package org.acta.core.application.directory;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.acta.matching.attribution.dictionary.DictionaryLoader;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.Unit;

/**
 * Imports HR's unit and people exports (the CSV layout of {@code evaluation.md}) into the
 * directory, as often as HR sends them: new codes are added, changed rows updated, and each
 * change is written to {@code directory_change} with the values before and after. A person the
 * export no longer lists is kept (their publications stay attributed) and marked as having left;
 * listed again, they return. One transaction: an export is applied whole or not at all.
 */
public final class HrDirectoryImport {
  private final DataSource dataSource;
  private final JsonProvider json = JsonProvider.provider();

  public HrDirectoryImport(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Applies the two export files, each CSV or a spreadsheet (XLSX, XLS: the first sheet, same
   * columns), told apart by content ({@link HrExportFile}). Without a units file (null) only
   * the people are imported, into the units stored.
   */
  public HrImportReport apply(java.nio.file.Path unitsFile, java.nio.file.Path peopleFile,
      String sourceName) throws java.io.IOException {
    try (Reader u = unitsFile == null ? null : HrExportFile.open(unitsFile);
        Reader p = HrExportFile.open(peopleFile)) {
      return apply(u, p, sourceName);
    }
  }

  /**
   * Applies the two exports; {@code sourceName} names them in the history. A null {@code
   * unitsCsv} leaves the units as they are.
   */
  public HrImportReport apply(Reader unitsCsv, Reader peopleCsv, String sourceName) {
    List<Unit> units = unitsCsv == null ? List.of() : DictionaryLoader.readUnits(unitsCsv);
    List<Person> people = DictionaryLoader.readPeople(peopleCsv);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int[] u = applyUnits(c, units, sourceName);
        int[] p = applyPeople(c, people, sourceName);
        c.commit();
        return new HrImportReport(u[0], u[1], p[0], p[1], p[2], p[3]);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("HR import failed: " + e.getMessage(), e);
    }
  }

  private int[] applyUnits(Connection c, List<Unit> units, String source) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    Map<String, String> before = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT u.id, u.code, p.code, u.name_zh, u.name_en,"
                + " (SELECT GROUP_CONCAT(n.name ORDER BY n.id SEPARATOR '|') FROM unit_name n"
                + " WHERE n.unit_id = u.id) FROM unit u LEFT JOIN unit p ON p.id = u.parent_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getString(2), rs.getLong(1));
        before.put(rs.getString(2), unitJson(rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)));
      }
    }
    int added = 0;
    int changed = 0;
    // Units first without parents, then parents by code: the export need not list parents first.
    for (Unit u : units) {
      String after = unitJson(u.parentId(), blank(u.nameZh()), blank(u.nameEn()),
          u.variants().isEmpty() ? null : String.join("|", u.variants()));
      Long id = ids.get(u.id());
      if (id == null) {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO unit (code, name_zh, name_en) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, u.id());
          ps.setString(2, blank(u.nameZh()));
          ps.setString(3, blank(u.nameEn()));
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        ids.put(u.id(), id);
        replaceNames(c, id, u.variants());
        history(c, "unit", u.id(), "added", null, after, source);
        added++;
      } else if (!after.equals(before.get(u.id()))) {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE unit SET name_zh = ?, name_en = ? WHERE id = ?")) {
          ps.setString(1, blank(u.nameZh()));
          ps.setString(2, blank(u.nameEn()));
          ps.setLong(3, id);
          ps.executeUpdate();
        }
        replaceNames(c, id, u.variants());
        history(c, "unit", u.id(), "changed", before.get(u.id()), after, source);
        changed++;
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE unit SET parent_id = ? WHERE id = ?")) {
      for (Unit u : units) {
        if (u.parentId() == null) {
          ps.setNull(1, Types.BIGINT);
        } else {
          Long parent = ids.get(u.parentId());
          if (parent == null) {
            throw new IllegalArgumentException(
                "units: parent_id " + u.parentId() + " of " + u.id() + " names no unit");
          }
          ps.setLong(1, parent);
        }
        ps.setLong(2, ids.get(u.id()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return new int[] {added, changed};
  }

  private static void replaceNames(Connection c, long unitId, List<String> names)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM unit_name WHERE unit_id = ?")) {
      ps.setLong(1, unitId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO unit_name (unit_id, name) VALUES (?, ?)")) {
      for (String n : names) {
        ps.setLong(1, unitId);
        ps.setString(2, n);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private int[] applyPeople(Connection c, List<Person> people, String source)
      throws SQLException {
    Map<String, Long> unitIds = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM unit");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        unitIds.put(rs.getString(1), rs.getLong(2));
      }
    }
    Map<String, Long> ids = new HashMap<>();
    Map<String, String> before = new HashMap<>();
    Map<String, Boolean> left = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT p.id, p.code, p.kind, p.name_zh, p.name_en, u.code, s.code, p.email, p.orcid,"
                + " p.start_year, p.end_year, p.left_hr_at IS NOT NULL FROM person p"
                + " LEFT JOIN unit u ON u.id = p.unit_id LEFT JOIN person s ON s.id = p.supervisor_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String code = rs.getString(2);
        ids.put(code, rs.getLong(1));
        before.put(code, personJson(rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            (Integer) rs.getObject(10, Integer.class), (Integer) rs.getObject(11, Integer.class)));
        left.put(code, rs.getBoolean(12));
      }
    }
    int added = 0;
    int changed = 0;
    int returned = 0;
    Map<String, Boolean> listed = new HashMap<>();
    try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO person (code, kind, name_zh, name_en, unit_id, email, orcid, start_year,"
                + " end_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
        PreparedStatement update = c.prepareStatement(
            "UPDATE person SET kind = ?, name_zh = ?, name_en = ?, unit_id = ?, email = ?,"
                + " orcid = ?, start_year = ?, end_year = ?, left_hr_at = NULL WHERE id = ?")) {
      for (Person p : people) {
        listed.put(p.id(), true);
        String after = personJson(p.kind(), blank(p.nameZh()), blank(p.nameEn()), p.unitId(),
            p.supervisorId(), p.email(), p.orcid(), p.startYear(), p.endYear());
        Long unit = p.unitId() == null ? null : unitIds.get(p.unitId());
        if (p.unitId() != null && unit == null) {
          throw new IllegalArgumentException(
              "people: unit_id " + p.unitId() + " of " + p.id() + " names no unit");
        }
        Long id = ids.get(p.id());
        PreparedStatement ps = id == null ? insert : update;
        int i = 1;
        if (id == null) {
          ps.setString(i++, p.id());
        }
        ps.setString(i++, p.kind());
        ps.setString(i++, blank(p.nameZh()));
        ps.setString(i++, blank(p.nameEn()));
        setLong(ps, i++, unit);
        ps.setString(i++, p.email());
        ps.setString(i++, p.orcid());
        setInt(ps, i++, p.startYear());
        setInt(ps, i++, p.endYear());
        if (id == null) {
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            ids.put(p.id(), keys.getLong(1));
          }
          history(c, "person", p.id(), "added", null, after, source);
          added++;
        } else if (!after.equals(before.get(p.id())) || left.get(p.id())) {
          ps.setLong(i, id);
          ps.executeUpdate();
          if (left.get(p.id())) {
            history(c, "person", p.id(), "returned", before.get(p.id()), after, source);
            returned++;
          } else {
            history(c, "person", p.id(), "changed", before.get(p.id()), after, source);
            changed++;
          }
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE person SET supervisor_id = ? WHERE id = ?")) {
      for (Person p : people) {
        Long supervisor = p.supervisorId() == null ? null : ids.get(p.supervisorId());
        setLong(ps, 1, supervisor);
        ps.setLong(2, ids.get(p.id()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    int gone = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE person SET left_hr_at = CURRENT_TIMESTAMP(3) WHERE code = ?")) {
      for (Map.Entry<String, Boolean> e : left.entrySet()) {
        if (!e.getValue() && !listed.containsKey(e.getKey())) {
          ps.setString(1, e.getKey());
          ps.executeUpdate();
          history(c, "person", e.getKey(), "left", before.get(e.getKey()), null, source);
          gone++;
        }
      }
    }
    return new int[] {added, changed, gone, returned};
  }

  private static void history(Connection c, String entity, String code, String kind,
      String before, String after, String source) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO directory_change (entity, code, change_kind, before_json, after_json,"
            + " source_name) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, entity);
      ps.setString(2, code);
      ps.setString(3, kind);
      ps.setString(4, before);
      ps.setString(5, after);
      ps.setString(6, source);
      ps.executeUpdate();
    }
  }

  private String unitJson(String parent, String nameZh, String nameEn, String variants) {
    JsonObjectBuilder o = json.createObjectBuilder();
    add(o, "parent_id", parent);
    add(o, "name_zh", nameZh);
    add(o, "name_en", nameEn);
    add(o, "variants", variants);
    return o.build().toString();
  }

  private String personJson(String kind, String nameZh, String nameEn, String unit,
      String supervisor, String email, String orcid, Integer start, Integer end) {
    JsonObjectBuilder o = json.createObjectBuilder();
    add(o, "kind", kind);
    add(o, "name_zh", nameZh);
    add(o, "name_en", nameEn);
    add(o, "unit_id", unit);
    add(o, "supervisor_id", supervisor);
    add(o, "email", email);
    add(o, "orcid", orcid);
    if (start != null) {
      o.add("start_year", start);
    }
    if (end != null) {
      o.add("end_year", end);
    }
    return o.build().toString();
  }

  private static void add(JsonObjectBuilder o, String key, String value) {
    if (value != null) {
      o.add(key, value);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }
}
