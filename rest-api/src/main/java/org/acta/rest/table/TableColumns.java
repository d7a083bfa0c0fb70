package org.acta.rest.table;

import java.util.Set;

/** The JSON and spreadsheet type of each column of the one table (output-table.md). */
public final class TableColumns {

  private static final Set<String> INTEGERS = Set.of("author_rank", "year", "version");
  private static final Set<String> DECIMALS = Set.of("confidence");
  private static final Set<String> BOOLEANS = Set.of("is_first_author", "is_corresponding",
      "first_affiliation_is_institution", "esi_highly_cited", "esi_hot", "deleted");

  private TableColumns() {}

  public static boolean isInteger(String column) {
    return INTEGERS.contains(column);
  }

  public static boolean isDecimal(String column) {
    return DECIMALS.contains(column);
  }

  public static boolean isBoolean(String column) {
    return BOOLEANS.contains(column);
  }
}
