package org.acta.core.application.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.Unit;
import org.acta.matching.attribution.dictionary.UniversityDictionary;

/**
 * Reads the institution's units (with their other names) and people from the database into the
 * engine's {@link UniversityDictionary}, keyed by the institution's own codes as the CSV
 * dictionaries are.
 */
final class DatabaseDictionary {
  private DatabaseDictionary() {}

  /** The dictionary, or null when the database holds no units or no people yet. */
  static UniversityDictionary load(Connection c) throws SQLException {
    List<Unit> units = units(c);
    List<Person> people = people(c);
    if (units.isEmpty() || people.isEmpty()) {
      return null;
    }
    return UniversityDictionary.of(units, people);
  }

  /** The units with their other names, parents before children as they were added. */
  static List<Unit> units(Connection c) throws SQLException {
    Map<Long, List<String>> variants = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT unit_id, name FROM unit_name ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        variants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    List<Unit> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT u.id, u.code, p.code, u.name_zh, u.name_en FROM unit u"
                + " LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Unit(rs.getString(2), rs.getString(3), empty(rs.getString(4)),
            empty(rs.getString(5)), variants.getOrDefault(rs.getLong(1), List.of())));
      }
    }
    return out;
  }

  /** Every person, also those HR no longer lists (their publications stay attributed). */
  static List<Person> people(Connection c) throws SQLException {
    List<Person> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT p.code, p.kind, p.name_zh, p.name_en, u.code, s.code, p.email, p.orcid,"
                + " p.start_year, p.end_year FROM person p LEFT JOIN unit u ON u.id = p.unit_id"
                + " LEFT JOIN person s ON s.id = p.supervisor_id ORDER BY p.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String email = rs.getString(7);
        int start = rs.getInt(9);
        Integer startYear = rs.wasNull() ? null : start;
        int end = rs.getInt(10);
        Integer endYear = rs.wasNull() ? null : end;
        out.add(new Person(rs.getString(1), rs.getString(2), empty(rs.getString(3)),
            empty(rs.getString(4)), rs.getString(5), rs.getString(6),
            email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
            rs.getString(8), startYear, endYear));
      }
    }
    return out;
  }

  /** The CSV dictionaries give "" for a missing name; keep the engine's input the same. */
  private static String empty(String s) {
    return s == null ? "" : s;
  }
}
