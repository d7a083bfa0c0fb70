package org.acta.core.application.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of the one table a pull wants; a null field does not filter.
 *
 * @param year publication year
 * @param unit the row's unit id
 * @param person the row's person id
 * @param status {@code auto}, {@code verified}, {@code confirmed} or {@code disputed}
 * @param indexedIn one index ({@code SCIE}, {@code EI}, ...) the row's work must be in
 * @param withinUnits the row's unit id must be one of these (a unit secretary's unit and the
 *     units below it); null does not filter, empty lets no row through
 */
public record TableFilter(Integer year, String unit, String person, String status,
    String indexedIn, java.util.Set<String> withinUnits) {

  /** Every row. */
  public static final TableFilter NONE = new TableFilter(null, null, null, null, null);

  public TableFilter {
    withinUnits = withinUnits == null ? null : java.util.Set.copyOf(withinUnits);
  }

  /** Without a unit scope. */
  public TableFilter(Integer year, String unit, String person, String status,
      String indexedIn) {
    this(year, unit, person, status, indexedIn, null);
  }

  /** The SQL condition ({@code AND ...}, or empty) for these filters. */
  String sql() {
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
    return sql.toString();
  }

  /** The values for {@link #sql()}'s placeholders, in order. */
  List<Object> parameters() {
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
    return values;
  }
}
