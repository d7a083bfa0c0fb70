package org.acta.rest.table;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acta.core.application.pipeline.TableFilter;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.matching.pipeline.TableRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one table as RFC 4180 CSV in UTF-8, header first, columns in contract order. */
public final class TableCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(TableRow.COLUMNS.toArray(String[]::new)).get();

  private TableCsv() {}

  /** An answer body that writes every matching row as it reads it. */
  public static StreamingOutput streaming(TableQuery query, long since, TableFilter filter) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
          1 << 16);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      try {
        TableRows.forEach(query, since, filter, row -> {
          try {
            csv.printRecord(row.values());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      csv.flush();
    };
  }

  /** An answer body with rows already read (a snapshot's), header first. */
  public static StreamingOutput of(List<TableRow> rows) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
          1 << 16);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      for (TableRow row : rows) {
        csv.printRecord(row.values());
      }
      csv.flush();
    };
  }
}
