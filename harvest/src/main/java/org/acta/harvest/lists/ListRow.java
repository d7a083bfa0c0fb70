package org.acta.harvest.lists;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/** One data row of a list file, with where it is, for error messages. */
final class ListRow {
  private final Path file;
  private final int line;
  private final Map<ListColumn, String> values;
  private final java.util.List<String> warnings;

  ListRow(Path file, int line, Map<ListColumn, String> values, java.util.List<String> warnings) {
    this.file = file;
    this.line = line;
    this.values = values;
    this.warnings = warnings;
  }

  /** Notes a problem that does not stop the file from being read. */
  void warn(ListColumn c, String problem) {
    warnings.add(error(c, problem).getMessage());
  }

  int line() {
    return line;
  }

  /** The stripped value, or null when the column is absent or the cell blank. */
  String get(ListColumn c) {
    String v = values.get(c);
    return v == null || v.isBlank() ? null : v.strip();
  }

  String required(ListColumn c) throws ListFormatException {
    String v = get(c);
    if (v == null) {
      throw error(c, "empty, but required");
    }
    return v;
  }

  /** A year (four digits; a spreadsheet's {@code 2023.0} is accepted), or null when blank. */
  Integer year(ListColumn c) throws ListFormatException {
    String v = get(c);
    if (v == null) {
      return null;
    }
    String s = v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
    if (!s.matches("\\d{4}")) {
      throw error(c, "\"" + v + "\" is not a year");
    }
    return Integer.valueOf(s);
  }

  int requiredYear(ListColumn c) throws ListFormatException {
    Integer y = year(c);
    if (y == null) {
      throw error(c, "empty, but required");
    }
    return y;
  }

  /**
   * A decimal number, or null for blank, {@code N/A} or {@code -} (JCR's "no value"); a leading
   * {@code <} ({@code <0.1}) is dropped.
   */
  BigDecimal decimal(ListColumn c) throws ListFormatException {
    String v = get(c);
    if (v == null || v.equalsIgnoreCase("n/a") || v.equals("-") || v.equals("--")) {
      return null;
    }
    String s = v.startsWith("<") ? v.substring(1).strip() : v;
    try {
      return new BigDecimal(s.replace(",", ""));
    } catch (NumberFormatException e) {
      throw error(c, "\"" + v + "\" is not a number");
    }
  }

  ListFormatException error(ListColumn c, String problem) {
    return new ListFormatException(file, line, c == null ? null : c.canonical(), problem);
  }
}
