package org.acta.harvest.lists;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A list file that cannot be read as documented in {@code docs/lists.md}. The message names the
 * file, and the line and column where there is one: {@code jcr-2024.csv:12: column quartile:
 * "Q5" is not Q1-Q4}.
 */
public final class ListFormatException extends IOException {
  private final Path file;
  private final int line;
  private final String column;

  public ListFormatException(Path file, int line, String column, String problem) {
    super(describe(file, line, column, problem));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  private static String describe(Path file, int line, String column, String problem) {
    StringBuilder b = new StringBuilder(String.valueOf(file.getFileName()));
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (column != null) {
      b.append("column ").append(column).append(": ");
    }
    return b.append(problem).toString();
  }

  public Path file() {
    return file;
  }

  /** 1-based line (CSV) or row (spreadsheet), 0 when the problem is the whole file. */
  public int line() {
    return line;
  }

  /** The column's canonical name, or null. */
  public String column() {
    return column;
  }
}
