package org.acta.rest.table;

import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.acta.core.application.pipeline.TableFilter;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.matching.pipeline.TableRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one table as an XLSX workbook, one sheet, header first. POI's SXSSF keeps only a window of
 * rows in memory and spills the rest to a temporary file, so 500k rows need no more heap than 100.
 */
public final class TableXlsx {

  /** Rows SXSSF keeps in memory. */
  private static final int WINDOW = 100;
  /** Excel's limit, header included. */
  static final int MAX_ROWS = 1_048_576;

  private TableXlsx() {}

  /** An answer body that writes every matching row as it reads it. */
  public static StreamingOutput streaming(TableQuery query, long since, TableFilter filter) {
    return out -> {
      SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
      try {
        workbook.setCompressTempFiles(true);
        Sheet sheet = workbook.createSheet("table");
        Row header = sheet.createRow(0);
        for (int i = 0; i < TableRow.COLUMNS.size(); i++) {
          header.createCell(i).setCellValue(TableRow.COLUMNS.get(i));
        }
        int[] next = {1};
        TableRows.forEach(query, since, filter, row -> {
          if (next[0] >= MAX_ROWS) {
            throw new IllegalStateException("more rows than one sheet holds (" + MAX_ROWS
                + "): filter the pull or use CSV");
          }
          write(sheet.createRow(next[0]++), row.values());
        });
        workbook.write(out);
      } finally {
        workbook.close();
        workbook.dispose();
      }
    };
  }

  /** An answer body with rows already read (a snapshot's), header first. */
  public static StreamingOutput of(List<TableRow> rows) {
    return out -> {
      SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
      try {
        Sheet sheet = workbook.createSheet("table");
        Row header = sheet.createRow(0);
        for (int i = 0; i < TableRow.COLUMNS.size(); i++) {
          header.createCell(i).setCellValue(TableRow.COLUMNS.get(i));
        }
        int next = 1;
        for (TableRow row : rows) {
          write(sheet.createRow(next++), row.values());
        }
        workbook.write(out);
      } finally {
        workbook.close();
        workbook.dispose();
      }
    };
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
}
