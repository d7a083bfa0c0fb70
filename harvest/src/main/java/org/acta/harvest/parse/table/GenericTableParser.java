package org.acta.harvest.parse.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.sheet.SheetReader;
import org.acta.matching.model.RecordOrigin;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Generic publication lists: CSV / TSV / semicolon / pipe text with a header row, or the first
 * sheet of an XLSX/XLS workbook. Records are numbered from 1 in data-row order (the header is not
 * a record), so {@code DBLP2.csv#1} is the first data row. Streams.
 */
public final class GenericTableParser implements RecordParser {
  @Override
  public Set<ExportFormat> formats() {
    return Set.of(ExportFormat.GENERIC_TABLE);
  }

  @Override
  public void parse(ExportInput input, RecordSink sink) throws IOException {
    if (input.charset() == null || startsWithMarkup(input)) {
      parseSheet(input, sink);
    } else {
      parseText(input, sink);
    }
  }

  /** An HTML table saved as .xls or .csv. */
  private static boolean startsWithMarkup(ExportInput input) throws IOException {
    try (BufferedReader reader = input.openReader()) {
      int c;
      do {
        c = reader.read();
      } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
      return c == '<';
    }
  }

  private static void parseText(ExportInput input, RecordSink sink) throws IOException {
    String file = input.fileName();
    String format = input.format().name();
    try (BufferedReader reader = input.openReader()) {
      reader.mark(1 << 20);
      String headerLine;
      do {
        headerLine = reader.readLine();
      } while (headerLine != null && headerLine.isBlank());
      if (headerLine == null) {
        sink.problem(new ParseProblem(file, 0, 0, null, "the file has no header row", false));
        return;
      }
      char delimiter = GenericTableLayout.delimiterOf(headerLine.replace("\uFEFF", ""));
      if (delimiter == 0) {
        sink.problem(new ParseProblem(file, 0, 1, null,
            "the first row is not a publication-list header", true));
        return;
      }
      reader.reset();
      new TextRun(file, format, sink).read(new RecordingReader(reader), delimiter);
    }
  }

  /**
   * One pass over a delimited text: Commons CSV parses, the {@link RecordingReader} gives each
   * record's verbatim text. A record is handed on when the next one starts (its end is known).
   */
  private static final class TextRun {
    private final String file;
    private final String format;
    private final RecordSink sink;
    private GenericRowMapper mapper;
    private int recordNo;
    private long linesBefore;

    TextRun(String file, String format, RecordSink sink) {
      this.file = file;
      this.format = format;
      this.sink = sink;
    }

    void read(RecordingReader in, char delimiter) throws IOException {
      CSVFormat csv = GenericTableLayout.format(delimiter);
      List<String> pending = null;
      long pendingStart = 0;
      try (CSVParser parser = CSVParser.parse(in, csv)) {
        Iterator<CSVRecord> it = parser.iterator();
        while (true) {
          CSVRecord r;
          try {
            if (!it.hasNext()) {
              break;
            }
            r = it.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            int failing = recordNo + (pending == null ? 0 : 1) + (mapper == null ? 0 : 1);
            sink.problem(new ParseProblem(file, failing, (int) linesBefore + 1, null,
                "cannot be read as CSV (" + e.getMessage() + "); the rest of the file is skipped",
                true));
            pending = null;
            break;
          }
          long start = r.getCharacterPosition();
          if (pending != null) {
            handOn(pending, in.slice(pendingStart, start));
            in.discardBefore(start);
          }
          pending = r.toList();
          pendingStart = start;
        }
      }
      if (pending != null) {
        handOn(pending, in.slice(pendingStart, in.position()));
      }
    }

    private void handOn(List<String> cells, String raw) {
      int lead = 0;
      int leadLines = 0;
      while (lead < raw.length() && (raw.charAt(lead) == '\n' || raw.charAt(lead) == '\r')) {
        if (raw.charAt(lead) == '\n') {
          leadLines++;
        }
        lead++;
      }
      int end = raw.length();
      while (end > lead && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
        end--;
      }
      String text = raw.substring(lead, end);
      int first = (int) linesBefore + leadLines + 1;
      int last = first + count(text, '\n');
      linesBefore += count(raw, '\n');
      if (cells.stream().allMatch(String::isBlank)) {
        return;
      }
      if (mapper == null) {
        mapper = new GenericRowMapper(cells);
        return;
      }
      recordNo++;
      emit(file, format, mapper, cells, recordNo, first, last, text, sink);
    }

    private static int count(String s, char c) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == c) {
          n++;
        }
      }
      return n;
    }
  }

  private static void parseSheet(ExportInput input, RecordSink sink) throws IOException {
    String file = input.fileName();
    String format = input.format().name();
    GenericRowMapper[] mapper = {null};
    int[] recordNo = {0};
    SheetReader.read(input.path(), input.charset(), (rowNumber, cells) -> {
      if (cells.stream().allMatch(String::isBlank)) {
        return true;
      }
      if (mapper[0] == null) {
        mapper[0] = new GenericRowMapper(new ArrayList<>(cells));
        return true;
      }
      recordNo[0]++;
      emit(file, format, mapper[0], cells, recordNo[0], rowNumber, rowNumber,
          String.join("\t", cells), sink);
      return true;
    });
  }

  private static void emit(String file, String format, GenericRowMapper mapper,
      List<String> cells, int recordNo, int firstLine, int lastLine, String verbatim,
      RecordSink sink) {
    try {
      RecordOrigin origin = new RecordOrigin(file, recordNo, firstLine, lastLine, verbatim);
      sink.record(mapper.map(cells, origin, format));
    } catch (GenericRowMapper.EmptyRowException e) {
      sink.problem(new ParseProblem(file, recordNo, firstLine, null, e.getMessage(), true));
    } catch (RuntimeException e) {
      sink.problem(new ParseProblem(file, recordNo, firstLine, null,
          "could not be read (" + e + ")", true));
    }
  }
}
