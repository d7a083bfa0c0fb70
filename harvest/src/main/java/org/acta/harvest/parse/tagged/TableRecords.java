package org.acta.harvest.parse.tagged;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.sheet.SheetReader;
import org.acta.harvest.text.LineReader;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reading loop of the "Excel" downloads (EI Excel, CNKI Excel): real XLS/XLSX and HTML
 * tables through {@link SheetReader}, and tab-separated text named {@code .xls} line by line.
 * The header is the first row in which {@code headerScore} recognises at least two labels; each
 * later non-empty row is one record, its cells joined by TAB as verbatim text.
 */
public final class TableRecords {

  /** Maps one row to a record (null to drop it, after reporting through the problems). */
  public interface RowMapper {
    SourceRecord map(List<String> header, List<String> cells, SourceRecord.Builder builder,
        Problems problems, int rowNumber);
  }

  private TableRecords() {}

  /**
   * Streams the rows of {@code input} through {@code mapper} into {@code sink}.
   *
   * @param headerScore how many cells of a row are known labels
   */
  public static void read(ExportInput input, RecordSink sink,
      Function<List<String>, Integer> headerScore, RowMapper mapper) throws IOException {
    Loop loop = new Loop(input, sink, headerScore, mapper);
    if (input.charset() == null || startsWithMarkup(input)) {
      SheetReader.read(input.path(), input.charset(), loop::row);
    } else {
      try (BufferedReader reader = input.openReader()) {
        LineReader lines = new LineReader(reader);
        LineReader.Line line;
        while ((line = lines.next()) != null) {
          if (!loop.row(line.number(), split(line.text()))) {
            break;
          }
        }
      }
    }
    if (loop.header == null) {
      sink.problem(new ParseProblem(input.fileName(), 0, 0, null,
          "no header row with the expected column labels was found", true));
    }
  }

  private static boolean startsWithMarkup(ExportInput input) throws IOException {
    try (BufferedReader r = input.openReader()) {
      int c;
      while ((c = r.read()) >= 0) {
        if (!Character.isWhitespace(c) && c != '\uFEFF') {
          return c == '<';
        }
      }
      return false;
    }
  }

  /** Tab-separated when the line has a tab, else comma-separated (RFC 4180). */
  private static List<String> split(String line) {
    if (line.indexOf('\t') >= 0) {
      List<String> out = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        out.add(cell);
      }
      return out;
    }
    try (CSVParser p = CSVParser.parse(line, CSVFormat.RFC4180)) {
      List<String> out = new ArrayList<>();
      for (CSVRecord r : p) {
        r.forEach(out::add);
        break;
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of(line);
    }
  }

  private static final class Loop {
    final ExportInput input;
    final RecordSink sink;
    final Function<List<String>, Integer> headerScore;
    final RowMapper mapper;
    List<String> header;
    int number;

    Loop(ExportInput input, RecordSink sink, Function<List<String>, Integer> headerScore,
        RowMapper mapper) {
      this.input = input;
      this.sink = sink;
      this.headerScore = headerScore;
      this.mapper = mapper;
    }

    boolean row(int rowNumber, List<String> cells) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        return true;
      }
      if (header == null) {
        if (headerScore.apply(cells) >= 2) {
          header = List.copyOf(cells);
        }
        return true;
      }
      number++;
      Problems problems = new Problems(sink, input.fileName(), number);
      try {
        SourceRecord.Builder b = SourceRecord.builder()
            .origin(new RecordOrigin(input.fileName(), number, rowNumber, rowNumber,
                String.join("\t", cells)))
            .source(input.format().source())
            .format(input.format().name());
        SourceRecord r = mapper.map(header, cells, b, problems, rowNumber);
        if (r != null) {
          sink.record(r);
        }
      } catch (RuntimeException e) {
        problems.drop(rowNumber, null, "row could not be read: " + e);
      }
      return true;
    }
  }
}
