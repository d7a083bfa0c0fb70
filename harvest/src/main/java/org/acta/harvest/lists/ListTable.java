package org.acta.harvest.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.acta.harvest.detect.CharsetSniffer;
import org.acta.harvest.detect.SniffedCharset;
import org.acta.harvest.sheet.SheetReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A list file read as a header row and data rows: CSV or tab-separated text (charset sniffed as
 * for exports: UTF-8 with or without BOM, GB18030, UTF-16) through Commons CSV, or the first
 * sheet of an XLSX/XLS workbook through POI. Header cells are matched to {@link ListColumn}s;
 * unknown columns are ignored (publishers' downloads carry many). Lists are small (tens of
 * thousands of rows), so the rows are held in memory.
 */
final class ListTable {
  private final Path file;
  private final Map<ListColumn, Integer> columns;
  private final List<ListRow> rows;
  private final List<String> warnings;

  private ListTable(Path file, Map<ListColumn, Integer> columns, List<ListRow> rows,
      List<String> warnings) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
    this.warnings = warnings;
  }

  static ListTable read(Path file) throws IOException {
    SniffedCharset cs = new CharsetSniffer().sniff(file);
    List<int[]> lineNumbers = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    if (cs.binary()) {
      SheetReader.read(file, StandardCharsets.UTF_8, (n, row) -> {
        lineNumbers.add(new int[] {n});
        cells.add(row);
        return true;
      });
    } else {
      readText(file, cs, lineNumbers, cells);
    }
    int h = 0;
    while (h < cells.size() && cells.get(h).stream().allMatch(String::isBlank)) {
      h++;
    }
    if (h == cells.size()) {
      throw new ListFormatException(file, 0, null, "no header row: the file is empty");
    }
    Map<ListColumn, Integer> columns = new EnumMap<>(ListColumn.class);
    List<String> header = cells.get(h);
    for (int i = 0; i < header.size(); i++) {
      ListColumn c = ListColumn.ofHeader(header.get(i));
      if (c != null && columns.putIfAbsent(c, i) != null) {
        throw new ListFormatException(file, lineNumbers.get(h)[0], c.canonical(),
            "given twice in the header (\"" + header.get(columns.get(c)) + "\" and \""
                + header.get(i) + "\")");
      }
    }
    List<ListRow> rows = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int r = h + 1; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<ListColumn, String> values = new EnumMap<>(ListColumn.class);
      columns.forEach((c, i) -> values.put(c, i < row.size() ? row.get(i) : null));
      rows.add(new ListRow(file, lineNumbers.get(r)[0], values, warnings));
    }
    return new ListTable(file, columns, rows, warnings);
  }

  private static void readText(Path file, SniffedCharset cs, List<int[]> lineNumbers,
      List<List<String>> cells) throws IOException {
    Charset charset = cs.charset();
    String first;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(cs.bomLength());
      Reader r = new InputStreamReader(in, charset);
      first = new java.io.BufferedReader(r).readLine();
    }
    char delimiter = first != null && count(first, '\t') > count(first, ',') ? '\t' : ',';
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(true).get();
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(cs.bomLength());
      try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, charset), format)) {
        long startLine = 1;
        for (CSVRecord rec : parser) {
          lineNumbers.add(new int[] {(int) startLine});
          cells.add(rec.toList());
          startLine = parser.getCurrentLineNumber() + 1;
        }
      } catch (java.io.UncheckedIOException e) {
        throw new ListFormatException(file, 0, null, "not readable as CSV: "
            + e.getCause().getMessage());
      }
    }
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  Path file() {
    return file;
  }

  boolean has(ListColumn c) {
    return columns.containsKey(c);
  }

  List<ListRow> rows() {
    return rows;
  }

  /** Problems that did not stop the file from being read, each naming file, line and column. */
  List<String> warnings() {
    return warnings;
  }
}
