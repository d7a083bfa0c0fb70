package org.acta.harvest.parse.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ExportInput;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.RecordSink;
import org.acta.harvest.sheet.SheetReader;
import org.acta.matching.model.RecordOrigin;

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
      DelimitedRecordReader rows = new DelimitedRecordReader(reader, false);
      DelimitedRecordReader.Raw first = rows.next();
      if (first == null) {
        sink.problem(new ParseProblem(file, 0, 0, null, "the file has no header row", false));
        return;
      }
      char delimiter = GenericTableLayout.delimiterOf(first.text());
      if (delimiter == 0) {
        sink.problem(new ParseProblem(file, 0, first.firstLine(), null,
            "the first row is not a publication-list header", true));
        return;
      }
      GenericRowMapper mapper =
          new GenericRowMapper(GenericTableLayout.cells(first.text(), delimiter));
      rows.quoted(GenericTableLayout.quoted(delimiter));
      int recordNo = 0;
      DelimitedRecordReader.Raw raw;
      while ((raw = rows.next()) != null) {
        recordNo++;
        if (raw.cut()) {
          sink.problem(new ParseProblem(file, recordNo, raw.firstLine(), null,
              "a quoted value is never closed (stray \"); read up to line " + raw.lastLine(),
              false));
        }
        List<String> cells = GenericTableLayout.cells(raw.text(), delimiter);
        emit(file, format, mapper, cells, recordNo, raw.firstLine(), raw.lastLine(), raw.text(),
            sink);
      }
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
