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
 */
public record TableFilter(Integer year, String unit, String person, String status,
    String indexedIn) {

  /** Every row. */
  public static final TableFilter NONE = new TableFilter(null, null, null, null, null);

  /** The SQL condition ({@code AND ...}, or empty) for these filters. */
  String sql() {
    StringBuilder sql = new StringBuilder();
    if (year != null) {
      sql.append(" AND year = ?");
    }
    if (unit != null) {
      sql.append(" AND unit_id = ?");
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
