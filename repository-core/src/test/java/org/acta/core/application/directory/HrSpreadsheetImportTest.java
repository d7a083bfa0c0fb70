package org.acta.core.application.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.core.testing.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HR's exports as spreadsheets (XLSX written by Apache POI here, as HR systems write them):
 * read like the CSV exports, with the same history — a person moves unit, a unit is renamed or
 * split, people who leave are kept and marked.
 */
class HrSpreadsheetImportTest {
  private static final List<String> UNIT_HEADER =
      List.of("unit_id", "parent_id", "name_zh", "name_en", "variants");
  private static final List<String> PEOPLE_HEADER = List.of("person_id", "kind", "name_zh",
      "name_en", "unit_id", "supervisor_id", "email", "orcid", "start_year", "end_year");

  @TempDir Path tmp;

  /** A workbook whose first sheet holds the rows; numbers become numeric cells, as HR's do. */
  private Path xlsx(String name, List<String> header, List<List<Object>> rows) throws Exception {
    Path file = tmp.resolve(name);
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("export");
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int i = 0; i < values.size(); i++) {
          Object v = values.get(i);
          if (v instanceof Integer n) {
            row.createCell(i).setCellValue(n);
          } else if (v != null) {
            row.createCell(i).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static List<Object> person(String id, String zh, String en, String unit, Integer from) {
    return java.util.Arrays.asList(id, "staff", zh, en, unit, null, null, null, from, null);
  }

  @Test
  void spreadsheetExportsKeepTheHistoryLikeCsvOnes() throws Exception {
    try (TestDatabase db = TestDatabase.create()) {
      HrDirectoryImport hr = new HrDirectoryImport(db.dataSource());
      Path units1 = xlsx("units-2025.xlsx", UNIT_HEADER, List.of(
          List.of("U0", "", "合成理工大学", "Synthetic University of Technology", ""),
          List.of("U1", "U0", "化学与材料学院", "School of Chemistry and Materials",
              "Sch Chem & Mat"),
          List.of("U2", "U0", "土木工程学院", "School of Civil Engineering", "")));
      Path people1 = xlsx("people-2025.xlsx", PEOPLE_HEADER, List.of(
          person("S001", "王晓明", "Wang Xiaoming", "U1", 2008),
          person("S002", "李娜", "Li Na", "U1", 2015),
          person("S003", "张伟", "Zhang Wei", "U2", 2011)));
      assertEquals(HrExportFile.Kind.SPREADSHEET, HrExportFile.kindOf(people1));
      assertEquals(new HrImportReport(3, 0, 3, 0, 0, 0), hr.apply(units1, people1, "hr 2025"));
      assertEquals(1, db.count("SELECT COUNT(*) FROM person WHERE code = 'S001'"
          + " AND start_year = 2008"), "a numeric cell is read as the number HR typed");

      // a year later: chemistry and materials split, chemistry renamed, S001 moves to the new
      // materials school, S003 is no longer listed
      Path units2 = xlsx("units-2026.xlsx", UNIT_HEADER, List.of(
          List.of("U0", "", "合成理工大学", "Synthetic University of Technology", ""),
          List.of("U1", "U0", "化学学院", "School of Chemistry", "Sch Chem"),
          List.of("U2", "U0", "土木工程学院", "School of Civil Engineering", ""),
          List.of("U3", "U0", "材料学院", "School of Materials", "Sch Mat")));
      Path people2 = xlsx("people-2026.xlsx", PEOPLE_HEADER, List.of(
          person("S001", "王晓明", "Wang Xiaoming", "U3", 2008),
          person("S002", "李娜", "Li Na", "U1", 2015)));
      assertEquals(new HrImportReport(1, 1, 0, 1, 1, 0), hr.apply(units2, people2, "hr 2026"));

      assertEquals(1, db.count("SELECT COUNT(*) FROM person p JOIN unit u ON u.id = p.unit_id"
          + " WHERE p.code = 'S001' AND u.code = 'U3'"), "S001 moved");
      assertEquals(1, db.count("SELECT COUNT(*) FROM directory_change WHERE entity = 'person'"
          + " AND code = 'S001' AND change_kind = 'changed'"
          + " AND JSON_VALUE(before_json, '$.unit_id') = 'U1'"
          + " AND JSON_VALUE(after_json, '$.unit_id') = 'U3'"),
          "the move is in the history with the unit before and after");
      assertEquals(1, db.count("SELECT COUNT(*) FROM directory_change WHERE entity = 'unit'"
          + " AND code = 'U1' AND change_kind = 'changed'"
          + " AND JSON_VALUE(before_json, '$.name_en') = 'School of Chemistry and Materials'"),
          "the rename is in the history with the old name");
      assertEquals(1, db.count("SELECT COUNT(*) FROM person WHERE code = 'S003'"
          + " AND left_hr_at IS NOT NULL"), "S003 is kept and marked as having left");

      // the same export as CSV reads identically: nothing changes
      Path unitsCsv = tmp.resolve("units.csv");
      Files.writeString(unitsCsv, String.join(",", UNIT_HEADER) + "\n"
          + "U0,,合成理工大学,Synthetic University of Technology,\n"
          + "U1,U0,化学学院,School of Chemistry,Sch Chem\n"
          + "U2,U0,土木工程学院,School of Civil Engineering,\n"
          + "U3,U0,材料学院,School of Materials,Sch Mat\n", StandardCharsets.UTF_8);
      Path peopleCsv = tmp.resolve("people.csv");
      Files.writeString(peopleCsv, "\uFEFF" + String.join(",", PEOPLE_HEADER) + "\n"
          + "S001,staff,王晓明,Wang Xiaoming,U3,,,,2008,\n"
          + "S002,staff,李娜,Li Na,U1,,,,2015,\n", StandardCharsets.UTF_8);
      assertEquals(HrExportFile.Kind.CSV, HrExportFile.kindOf(peopleCsv));
      assertEquals(new HrImportReport(0, 0, 0, 0, 0, 0), hr.apply(unitsCsv, peopleCsv, "csv"));
    }
  }

  @Test
  void aBrokenSpreadsheetIsRefusedNamingTheFile() throws Exception {
    Path broken = tmp.resolve("people.xlsx");
    byte[] zipHeaderOnly = {'P', 'K', 3, 4, 0, 0, 0, 0};
    Files.write(broken, zipHeaderOnly);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HrExportFile.open(broken));
    assertTrue(e.getMessage().startsWith("people.xlsx: not a readable spreadsheet"),
        e.getMessage());
  }
}
