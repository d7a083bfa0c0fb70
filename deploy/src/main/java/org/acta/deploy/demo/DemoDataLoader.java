package org.acta.deploy.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Fills an empty database with the demo university's units and people, read from the same
 * {@code units.csv} and {@code people.csv} dictionaries the offline pipeline takes
 * (evaluation.md: {@code unit_id,parent_id,name_zh,name_en,variants} and
 * {@code person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year}).
 */
public final class DemoDataLoader {

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private final Path directory;

  /** @param directory where {@code units.csv} and {@code people.csv} are */
  public DemoDataLoader(Path directory) {
    this.directory = directory;
  }

  /**
   * Loads the demo dictionaries unless the database already holds units or people.
   *
   * @return what was done, one line for the console
   */
  public String loadIfEmpty(Connection connection) throws SQLException, IOException {
    int existing = count(connection, "unit") + count(connection, "person");
    if (existing > 0) {
      return "demo data not loaded: the database already holds units or people";
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      int units = loadUnits(connection, read("units.csv"));
      int people = loadPeople(connection, read("people.csv"));
      connection.commit();
      return "demo data loaded: " + units + " units, " + people + " people";
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private List<CSVRecord> read(String name) throws IOException {
    try (Reader reader = Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8)) {
      return CSV.parse(reader).getRecords();
    }
  }

  private static int count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** Inserts units parents first, whatever order the file has them in. */
  private static int loadUnits(Connection connection, List<CSVRecord> rows) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    List<CSVRecord> pending = new ArrayList<>(rows);
    try (PreparedStatement unit =
            connection.prepareStatement(
                "INSERT INTO unit (code, parent_id, name_zh, name_en) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement name =
            connection.prepareStatement(
                "INSERT INTO unit_name (unit_id, name, language) VALUES (?, ?, ?)")) {
      while (!pending.isEmpty()) {
        List<CSVRecord> placed = new ArrayList<>();
        for (CSVRecord row : pending) {
          String parent = blankToNull(row.get("parent_id"));
          if (parent != null && !ids.containsKey(parent)) {
            continue; // its parent comes in a later round
          }
          unit.setString(1, row.get("unit_id"));
          setLong(unit, 2, parent == null ? null : ids.get(parent));
          unit.setString(3, blankToNull(row.get("name_zh")));
          unit.setString(4, blankToNull(row.get("name_en")));
          unit.executeUpdate();
          long id = generatedId(unit);
          ids.put(row.get("unit_id"), id);
          for (String variant : row.get("variants").split("\\|")) {
            if (!variant.isBlank()) {
              name.setLong(1, id);
              name.setString(2, variant.strip());
              name.setString(3, languageOf(variant));
              name.executeUpdate();
            }
          }
          placed.add(row);
        }
        if (placed.isEmpty()) {
          throw new IllegalStateException(
              "units.csv: parent_id of " + pending.get(0).get("unit_id") + " names no unit");
        }
        pending.removeAll(placed);
      }
    }
    return ids.size();
  }

  /** Inserts people, then links students to supervisors once everyone exists. */
  private static int loadPeople(Connection connection, List<CSVRecord> rows) throws SQLException {
    try (PreparedStatement person =
            connection.prepareStatement(
                "INSERT INTO person (code, kind, name_zh, name_en, unit_id, email, orcid,"
                    + " start_year, end_year)"
                    + " VALUES (?, ?, ?, ?, (SELECT id FROM unit WHERE code = ?), ?, ?, ?, ?)");
        PreparedStatement supervisor =
            connection.prepareStatement(
                "UPDATE person p JOIN person s ON s.code = ? SET p.supervisor_id = s.id"
                    + " WHERE p.code = ?")) {
      for (CSVRecord row : rows) {
        person.setString(1, row.get("person_id"));
        person.setString(2, row.get("kind"));
        person.setString(3, blankToNull(row.get("name_zh")));
        person.setString(4, blankToNull(row.get("name_en")));
        person.setString(5, blankToNull(row.get("unit_id")));
        person.setString(6, blankToNull(row.get("email")));
        person.setString(7, blankToNull(row.get("orcid")));
        setInt(person, 8, row.get("start_year"));
        setInt(person, 9, row.get("end_year"));
        person.executeUpdate();
      }
      for (CSVRecord row : rows) {
        String supervisorId = blankToNull(row.get("supervisor_id"));
        if (supervisorId != null) {
          supervisor.setString(1, supervisorId);
          supervisor.setString(2, row.get("person_id"));
          supervisor.executeUpdate();
        }
      }
    }
    return rows.size();
  }

  /**
   * {@code zh} for a name in Chinese characters; unknown ({@code null}) otherwise, since a name in
   * Latin letters may be English or pinyin.
   */
  static String languageOf(String name) {
    boolean han =
        name.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han ? "zh" : null;
  }

  private static long generatedId(PreparedStatement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  private static void setInt(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null || value.isBlank()) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, Integer.parseInt(value.strip()));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
