package org.acta.harvest.parse.table;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads one logical record of a delimited text file at a time: physical lines are joined while
 * a quoted value is open (an odd number of {@code "} so far), so a quoted value may span lines
 * (RFC 4180). Keeps the verbatim text and line span of each record; never more than one record
 * in memory. A record that would grow beyond {@link #MAX_RECORD_LINES} lines is cut there (a
 * stray quote), so a broken file cannot swallow the rest.
 */
final class DelimitedRecordReader {
  static final int MAX_RECORD_LINES = 500;

  /** One logical record. */
  record Raw(String text, int firstLine, int lastLine, boolean cut) {}

  private final BufferedReader reader;
  private boolean quoted;
  private int lineNo;

  DelimitedRecordReader(BufferedReader reader, boolean quoted) {
    this.reader = reader;
    this.quoted = quoted;
  }

  /** Switches quote handling, e.g. once the header has shown the delimiter. */
  void quoted(boolean value) {
    this.quoted = value;
  }

  /** The next non-blank record, or null at the end. */
  Raw next() throws IOException {
    String line;
    do {
      line = reader.readLine();
      if (line == null) {
        return null;
      }
      lineNo++;
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
    } while (line.isBlank());
    int first = lineNo;
    if (!quoted || quotes(line) % 2 == 0) {
      return new Raw(line, first, first, false);
    }
    StringBuilder sb = new StringBuilder(line);
    int open = quotes(line);
    while (open % 2 != 0) {
      if (lineNo - first + 1 >= MAX_RECORD_LINES) {
        return new Raw(sb.toString(), first, lineNo, true);
      }
      String more = reader.readLine();
      if (more == null) {
        return new Raw(sb.toString(), first, lineNo, true);
      }
      lineNo++;
      sb.append('\n').append(more);
      open += quotes(more);
    }
    return new Raw(sb.toString(), first, lineNo, false);
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }
}
