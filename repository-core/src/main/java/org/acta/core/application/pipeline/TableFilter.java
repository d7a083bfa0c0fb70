package org.acta.core.application.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which rows of the one table a pull (or a dashboard count) wants; a null field does not filter.
 *
 * @param year publication year
 * @param unit the row's unit id
 * @param person the row's person id
 * @param status {@code auto}, {@code verified}, {@code confirmed} or {@code disputed}
 * @param indexedIn one index ({@code SCIE}, {@code EI}, ...) the row's work must be in
 * @param within a unit code: rows of this unit or of any unit below it in the unit tree (a
 *     school's rows include its departments')
 * @param quartile the JCR quartile ({@code Q1}..{@code Q4})
 * @param role the person's role on the work: {@code first} (first author), {@code
 *     corresponding}, or {@code other} (neither)
 * @param withinUnits the row's unit id must be one of these (a unit secretary's unit and the
 *     units below it); null does not filter, empty lets no row through
 */
public record TableFilter(Integer year, String unit, String person, String status,
    String indexedIn, String within, String quartile, String role, Set<String> withinUnits) {

  /** The roles {@link #role} may name. */
  public static final Set<String> ROLES = Set.of("first", "corresponding", "other");

  /** Every row. */
  public static final TableFilter NONE = new TableFilter(null, null, null, null, null);

  /** The filters GET /table has had from the start. */
  public TableFilter(Integer year, String unit, String person, String status, String indexedIn) {
    this(year, unit, person, status, indexedIn, null, null, null, null);
  }

  /** Without a unit secretary's scope. */
  public TableFilter(Integer year, String unit, String person, String status, String indexedIn,
      String within, String quartile, String role) {
    this(year, unit, person, status, indexedIn, within, quartile, role, null);
  }

  /** Limited to a unit secretary's units. */
  public TableFilter(Integer year, String unit, String person, String status, String indexedIn,
      Set<String> withinUnits) {
    this(year, unit, person, status, indexedIn, null, null, null, withinUnits);
  }

  public TableFilter {
    if (role != null && !ROLES.contains(role)) {
      throw new IllegalArgumentException("role must be one of " + ROLES + ": " + role);
    }
    withinUnits = withinUnits == null ? null : Set.copyOf(withinUnits);
  }

  /** The SQL condition ({@code AND ...}, or empty) for these filters. */
  public String sql() {
    StringBuilder sql = new StringBuilder();
    if (year != null) {
      sql.append(" AND year = ?");
    }
    if (unit != null) {
      sql.append(" AND unit_id = ?");
    }
    if (withinUnits != null) {
      sql.append(withinUnits.isEmpty() ? " AND FALSE"
          : " AND unit_id IN (" + "?, ".repeat(withinUnits.size() - 1) + "?)");
    }
    if (person != null) {
      sql.append(" AND person_id = ?");
    }
    if (status != null) {
      sql.append(" AND status = ?");
    }
    if (indexedIn != null) {
      // indexed_in is ';'-separated: match a whole entry, so EI does not match ESCI
      sql.append(" AND CONCAT(';', indexed_in, ';') LIKE ?");
    }
    if (within != null) {
      // The unit's subtree, walked in the database (a few hundred units at most); the unit itself
      // also by its code, so rows of a unit the dictionary does not know still match it.
      sql.append(" AND (unit_id = ? OR unit_id IN (WITH RECURSIVE subtree AS ("
          + "SELECT id, code FROM unit WHERE code = ?"
          + " UNION ALL SELECT u.id, u.code FROM unit u JOIN subtree s ON u.parent_id = s.id)"
          + " SELECT code FROM subtree))");
    }
    if (quartile != null) {
      sql.append(" AND jcr_quartile = ?");
    }
    if (role != null) {
      sql.append(switch (role) {
        case "first" -> " AND is_first_author";
        case "corresponding" -> " AND is_corresponding";
        default -> " AND NOT is_first_author AND NOT is_corresponding";
      });
    }
    return sql.toString();
  }

  /** The values for {@link #sql()}'s placeholders, in order. */
  public List<Object> parameters() {
    List<Object> values = new ArrayList<>();
    if (year != null) {
      values.add(year);
    }
    if (unit != null) {
      values.add(unit);
    }
    if (withinUnits != null) {
      values.addAll(new java.util.TreeSet<>(withinUnits));
    }
    if (person != null) {
      values.add(person);
    }
    if (status != null) {
      values.add(status);
    }
    if (indexedIn != null) {
      values.add("%;" + indexedIn.replace("%", "").replace("_", "\\_") + ";%");
    }
    if (within != null) {
      values.add(within);
      values.add(within);
    }
    if (quartile != null) {
      values.add(quartile);
    }
    return values;
  }
}
