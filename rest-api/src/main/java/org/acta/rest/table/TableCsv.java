package org.acta.rest.table;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.acta.matching.pipeline.TableRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one table as RFC 4180 CSV in UTF-8, header first, columns in contract order. */
public final class TableCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(TableRow.COLUMNS.toArray(String[]::new)).get();

  private TableCsv() {}

  /** An answer body that writes each row as the database hands it over. */
  public static StreamingOutput streaming(TableRowSource rows) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
          1 << 16);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      rows.forEach(row -> csv.printRecord(row.values()));
      csv.flush();
    };
  }
}
