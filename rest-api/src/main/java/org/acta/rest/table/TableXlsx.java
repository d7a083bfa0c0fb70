package org.acta.rest.table;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.Deflater;
import org.acta.matching.pipeline.TableRow;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

/**
 * The one table as an XLSX workbook, one sheet, header first. POI's deferred SXSSF workbook
 * creates the rows while it writes the sheet into the answer: bytes leave as rows are read, with
 * no temporary file and only a window of rows in memory. (Plain SXSSF writes every row to a
 * temporary file first and sends nothing until the last row is in: at 500k rows the client waited
 * a minute for the first byte and the connection closed.)
 */
public final class TableXlsx {

  /** Rows POI keeps in memory before it writes them out. */
  private static final int WINDOW = 200;
  /** Excel's limit, header included. */
  static final int MAX_ROWS = 1_048_576;

  private TableXlsx() {}

  /** An answer body that writes each row as the database hands it over. */
  public static StreamingOutput streaming(TableRowSource rows) {
    return out -> {
      DeferredSXSSFWorkbook workbook = new FastDeflateWorkbook(WINDOW);
      try {
        DeferredSXSSFSheet sheet = workbook.createSheet("table");
        sheet.setRowGenerator(generated -> writeRows(generated, rows));
        workbook.writeAvoidingTempFiles(out);
      } finally {
        workbook.close();
      }
    };
  }

  private static void writeRows(Sheet sheet, TableRowSource rows) throws Exception {
    Row header = sheet.createRow(0);
    for (int i = 0; i < TableRow.COLUMNS.size(); i++) {
      header.createCell(i).setCellValue(TableRow.COLUMNS.get(i));
    }
    int[] next = {1};
    rows.forEach(row -> {
      if (next[0] >= MAX_ROWS) {
        throw new IllegalStateException("more rows than one sheet holds (" + MAX_ROWS
            + "): filter the pull or use CSV");
      }
      write(sheet.createRow(next[0]++), row.values());
    });
  }

  private static void write(Row row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v == null) {
        continue;
      }
      String column = TableRow.COLUMNS.get(i);
      Cell cell = row.createCell(i);
      if (TableColumns.isInteger(column) || TableColumns.isDecimal(column)) {
        cell.setCellValue(Double.parseDouble(v));
      } else if (TableColumns.isBoolean(column)) {
        cell.setCellValue(Boolean.parseBoolean(v));
      } else {
        cell.setCellValue(v);
      }
    }
  }

  /**
   * Deflates at the fastest level: the sheet's XML is repetitive, so the file grows a little while
   * the CPU spent compressing half a million rows drops.
   */
  private static final class FastDeflateWorkbook extends DeferredSXSSFWorkbook {

    FastDeflateWorkbook(int window) {
      super(window);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }
  }
}
