package org.acta.core.application.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Finds people to reassign an item to: by code, or by a name (Chinese or romanised) that starts
 * with or contains what was typed. Exact code matches first, then names that start with it.
 */
public final class PeopleSearch {
  public static final int MAX_LIMIT = 50;

  private final DataSource dataSource;

  public PeopleSearch(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** @throws IllegalArgumentException naming the field for an empty query or a bad limit */
  public List<ProposedPerson> find(String text, int limit) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("q: type part of a name or a code");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: must be 1.." + MAX_LIMIT + ", not " + limit);
    }
    String q = text.strip();
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<ProposedPerson> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT p.code, p.name_zh, p.name_en, p.kind,"
            + " u.code, COALESCE(u.name_zh, u.name_en), sp.code, COALESCE(sp.name_zh, sp.name_en),"
            + " (SELECT COUNT(DISTINCT t.work_id) FROM table_row t"
            + "   WHERE t.person_id = p.code AND t.deleted = FALSE)"
            + " FROM person p LEFT JOIN unit u ON u.id = p.unit_id"
            + " LEFT JOIN person sp ON sp.id = p.supervisor_id"
            + " WHERE p.code = ? OR p.name_zh LIKE ? OR p.name_en LIKE ?"
            + " ORDER BY p.code = ? DESC, (p.name_zh LIKE ? OR p.name_en LIKE ?) DESC, p.code"
            + " LIMIT ?")) {
      ps.setString(1, q);
      ps.setString(2, like);
      ps.setString(3, like);
      ps.setString(4, q);
      ps.setString(5, prefix);
      ps.setString(6, prefix);
      ps.setInt(7, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ProposedPerson(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
              rs.getString(8), rs.getInt(9)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot search people: " + e.getMessage(), e);
    }
    return out;
  }
}
