package org.acta.harvest.parse.ei;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.parse.tagged.Problems;
import org.acta.harvest.text.LineReader;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Engineering Village CSV ("detailed record"). The header is dynamic — only columns with data
 * are exported and labels drift — so columns are mapped by label ({@link EiField}), never by
 * position. Rows are RFC 4180 (Commons CSV); EV itself turns embedded quotes into apostrophes
 * and puts each row on one line, but files re-saved by Excel may have {@code ""} escapes and
 * line breaks inside quotes, so a row is read as physical lines until its quotes balance.
 */
public final class EiCsvParser implements RecordParser {

  private static final CSVFormat CSV = CSVFormat.RFC4180;
  /** A row longer than this is a runaway quote, not a record. */
  private static final int MAX_LINES_PER_ROW = 2000;

  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.EI_CSV);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    try (BufferedReader reader = input.openReader()) {
      LineReader lines = new LineReader(reader);
      PhysicalRow header = PhysicalRow.read(lines);
      while (header != null && header.text().isBlank()) {
        header = PhysicalRow.read(lines);
      }
      if (header == null) {
        sink.problem(new ParseProblem(input.fileName(), 0, 0, null, "the file is empty", true));
        return;
      }
      List<EiField> columns = new ArrayList<>();
      for (String label : cells(header.text())) {
        columns.add(EiField.ofLabel(label));
      }
      if (!columns.contains(EiField.TITLE) && !columns.contains(EiField.ACCESSION_NUMBER)) {
        sink.problem(new ParseProblem(input.fileName(), 0, header.firstLine(), null,
            "the header has neither 'Title' nor 'Accession number': not an Engineering Village "
                + "CSV export", true));
        return;
      }
      int number = 0;
      PhysicalRow row;
      while ((row = PhysicalRow.read(lines)) != null) {
        if (row.text().isBlank()) {
          continue;
        }
        number++;
        Problems problems = new Problems(sink, input.fileName(), number);
        SourceRecord record = null;
        try {
          record = toRecord(input, number, row, columns, problems);
        } catch (RuntimeException e) {
          problems.drop(row.firstLine(), null, "row could not be read: " + e);
        }
        if (record != null) {
          sink.record(record);
        }
      }
    }
  }

  private static SourceRecord toRecord(
      ExportInput input, int number, PhysicalRow row, List<EiField> columns, Problems problems) {
    if (!row.balanced()) {
      problems.warn(row.firstLine(), ParseProblem.END_OF_FILE,
          "a quoted value is not closed; the file may be truncated");
    }
    List<String> cells;
    try {
      cells = cells(row.balanced() ? row.text() : row.text() + "\"");
    } catch (UncheckedIOException | IllegalStateException e) {
      problems.drop(row.firstLine(), null, "malformed CSV row: " + e.getMessage());
      return null;
    }
    if (cells.size() != columns.size()) {
      problems.warn(row.firstLine(), null,
          "row has " + cells.size() + " cells, the header " + columns.size() + " columns");
    }
    EiDetailedRecord values = new EiDetailedRecord();
    for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
      values.put(columns.get(i), cells.get(i), row.firstLine());
    }
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(new RecordOrigin(input.fileName(), number, row.firstLine(), row.lastLine(),
            row.verbatim()))
        .source(input.format().source())
        .format(input.format().name());
    return values.fill(b, problems, row.firstLine());
  }

  private static List<String> cells(String text) {
    try (CSVParser parser = CSVParser.parse(text, CSV)) {
      List<String> out = new ArrayList<>();
      for (CSVRecord r : parser) {
        r.forEach(out::add);
        break;
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One CSV row as physical lines: text without the final terminator, verbatim with it. */
  private record PhysicalRow(
      String text, String verbatim, int firstLine, int lastLine, boolean balanced) {

    static PhysicalRow read(LineReader lines) throws IOException {
      LineReader.Line line = lines.next();
      if (line == null) {
        return null;
      }
      StringBuilder text = new StringBuilder(line.text());
      StringBuilder verbatim = new StringBuilder(line.raw());
      int quotes = count(line.text());
      int last = line.number();
      int n = 1;
      while (quotes % 2 != 0 && n < MAX_LINES_PER_ROW) {
        LineReader.Line more = lines.next();
        if (more == null) {
          break;
        }
        text.append('\n').append(more.text());
        verbatim.append(more.raw());
        quotes += count(more.text());
        last = more.number();
        n++;
      }
      return new PhysicalRow(text.toString(), verbatim.toString(), line.number(), last,
          quotes % 2 == 0);
    }

    private static int count(String s) {
      int c = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '"') {
          c++;
        }
      }
      return c;
    }
  }
}
