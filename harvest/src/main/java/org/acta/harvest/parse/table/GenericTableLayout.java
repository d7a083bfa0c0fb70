package org.acta.harvest.parse.table;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How a delimited publication list is laid out: which delimiter its header row uses and whether
 * values are quoted. Comma and semicolon files are RFC 4180 (quotes honoured); TAB and pipe files
 * are read without quoting, where a {@code "} is a literal character.
 */
public final class GenericTableLayout {
  private static final char[] DELIMITERS = {',', '\t', ';', '|'};

  private GenericTableLayout() {}

  /** The delimiter whose split of {@code headerLine} looks like a publication list, or 0. */
  public static char delimiterOf(String headerLine) {
    for (char d : DELIMITERS) {
      List<String> cells = cells(headerLine, d);
      if (cells.size() >= 2 && GenericColumn.looksLikePublicationList(cells)) {
        return d;
      }
    }
    return 0;
  }

  static boolean quoted(char delimiter) {
    return delimiter == ',' || delimiter == ';';
  }

  private static final CSVFormat COMMA = build(',');
  private static final CSVFormat TAB = build('\t');
  private static final CSVFormat SEMICOLON = build(';');
  private static final CSVFormat PIPE = build('|');

  static CSVFormat format(char delimiter) {
    return switch (delimiter) {
      case ',' -> COMMA;
      case '\t' -> TAB;
      case ';' -> SEMICOLON;
      case '|' -> PIPE;
      default -> build(delimiter);
    };
  }

  private static CSVFormat build(char delimiter) {
    CSVFormat.Builder b = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
        .setIgnoreEmptyLines(true);
    if (!quoted(delimiter)) {
      b.setQuote(null);
    }
    return b.get();
  }

  /** The cells of one record's text, trailing empty cells kept; empty list when malformed. */
  public static List<String> cells(String text, char delimiter) {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
      for (CSVRecord r : parser) {
        return Arrays.asList(r.values());
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return List.of();
  }
}
