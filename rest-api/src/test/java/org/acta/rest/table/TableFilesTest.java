package org.acta.rest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acta.core.application.pipeline.TablePage;
import org.acta.matching.pipeline.TableRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The table's three answer bodies, written from rows in memory and read back. */
class TableFilesTest {

  @Test
  void csvHasTheContractHeaderAndEveryRowQuotedWhereItMustBe() throws Exception {
    List<TableRow> rows = SampleRows.rows(25);
    String csv = new String(bytes(TableCsv.streaming(SampleRows.source(rows))),
        StandardCharsets.UTF_8);
    CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(csv));
    assertEquals(TableRow.COLUMNS, parser.getHeaderNames());
    List<CSVRecord> records = parser.getRecords();
    assertEquals(25, records.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).values().stream().map(v -> v == null ? "" : v).toList(),
          records.get(i).toList(), "row " + i);
    }
    assertTrue(csv.contains("\"Oxide \"\"cathodes\"\", part 3\n合成研究\""), "quoted, UTF-8");
  }

  @Test
  void xlsxHasEveryRowBeyondTheWindowPOIKeepsInMemoryWithTypedCells() throws Exception {
    List<TableRow> rows = SampleRows.rows(1_000);
    byte[] file = bytes(TableXlsx.streaming(SampleRows.source(rows)));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(1_000, sheet.getLastRowNum(), "header + 1000 rows");
      for (int c = 0; c < TableRow.COLUMNS.size(); c++) {
        assertEquals(TableRow.COLUMNS.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
      }
      int year = TableRow.COLUMNS.indexOf("year");
      int deleted = TableRow.COLUMNS.indexOf("deleted");
      int title = TableRow.COLUMNS.indexOf("title");
      for (int i : new int[] {0, 1, 4, 777, 999}) {
        Row row = sheet.getRow(i + 1);
        TableRow expected = rows.get(i);
        assertEquals(expected.rowId(), row.getCell(0).getStringCellValue());
        assertEquals(expected.title(), row.getCell(title).getStringCellValue());
        if (expected.year() == null) {
          assertTrue(row.getCell(year) == null, "a null stays an empty cell, row " + i);
        } else {
          assertEquals(CellType.NUMERIC, row.getCell(year).getCellType());
          assertEquals(expected.year(), (int) row.getCell(year).getNumericCellValue());
        }
        assertEquals(expected.deleted(), row.getCell(deleted).getBooleanCellValue());
      }
    }
  }

  @Test
  void xlsxStopsWithTheReasonWhenReadingFails() {
    TableRowSource failing = sink -> {
      sink.accept(SampleRows.row(0));
      throw new IOException("the database went away");
    };
    IOException e = assertThrows(IOException.class,
        () -> TableXlsx.streaming(failing).write(OutputStream.nullOutputStream()));
    assertTrue(chain(e).contains("the database went away"), chain(e));
  }

  @Test
  void jsonPageTypesEachColumnAsTheContractDoes() throws Exception {
    List<TableRow> rows = SampleRows.rows(10);
    JsonObject page = json(TableJson.page(new TablePage(rows, "49:r9", 77)));
    assertEquals(77, page.getJsonNumber("version").longValue());
    assertEquals("49:r9", page.getString("nextCursor"));
    List<JsonObject> out = page.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(10, out.size());
    JsonObject first = out.get(0);
    assertEquals(TableRow.COLUMNS, List.copyOf(first.keySet()));
    assertEquals("r0", first.getString("row_id"));
    assertEquals(JsonValue.NULL, first.get("year"), "row 0 has no year");
    assertEquals(2020, out.get(1).getInt("year"));
    assertEquals(JsonValue.NULL, out.get(1).get("person_name"));
    assertTrue(first.getBoolean("is_first_author"));
    assertEquals(new BigDecimal(rows.get(0).values().get(TableRow.COLUMNS.indexOf("confidence"))),
        first.getJsonNumber("confidence").bigDecimalValue(), "a number, as the row states it");
    assertTrue(first.getBoolean("deleted"));
    assertFalse(out.get(1).getBoolean("deleted"));

    JsonObject last = json(TableJson.page(new TablePage(List.of(), null, 77)));
    assertEquals(JsonValue.NULL, last.get("nextCursor"));
    assertTrue(last.getJsonArray("rows").isEmpty());
  }

  private static JsonObject json(StreamingOutput body) throws IOException {
    return Json.createReader(new ByteArrayInputStream(bytes(body))).readObject();
  }

  private static byte[] bytes(StreamingOutput body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.write(out);
    return out.toByteArray();
  }

  private static String chain(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t).append(" <- ");
    }
    return text.toString();
  }
}
