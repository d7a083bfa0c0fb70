package org.acta.harvest.parse.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.harvest.CollectingSink;
import org.acta.harvest.Samples;
import org.acta.harvest.SharedData;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab-delimited and Excel exports must give the same records as the plain-text export. */
class WosTabularParsersTest {
  private static final RecordOrigin SAME = new RecordOrigin("f", 1, 1, 1, "");

  private static SourceRecord comparable(SourceRecord r) {
    // DL (DOI link) exists only in tab and Excel exports.
    return r.toBuilder().origin(SAME).format(null).url(null).build();
  }

  private static List<SourceRecord> plain() throws IOException {
    return Samples.read(SharedData.path("design/samples/wos-plain.txt")).records;
  }

  @Test
  void tabDelimitedUtf8AndUtf16EqualPlainText() throws IOException {
    List<SourceRecord> plain = plain();
    for (String file : List.of("wos-tab.txt", "wos-tab-utf16.txt")) {
      CollectingSink sink = Samples.read(SharedData.path("design/samples/" + file));
      assertEquals(3, sink.records.size(), file);
      assertEquals(List.of(), sink.problems, file);
      for (int i = 0; i < 3; i++) {
        assertEquals(comparable(plain.get(i)), comparable(sink.records.get(i)), file + " #" + i);
      }
      assertEquals("WOS_TAB", sink.records.get(0).format());
      assertEquals(2, sink.records.get(0).origin().firstLine());
    }
  }

  @Test
  void reorderedColumnsQuotesAndUnbracketedC1() throws IOException {
    CollectingSink sink = Samples.read(Samples.of("wos/tab/reordered-utf16le.txt"));
    assertEquals(2, sink.records.size());
    SourceRecord r = sink.records.get(0);
    assertEquals("The \"quoted\" word in a title", r.title());
    assertEquals(List.of(0, 1), r.author(1).affiliationIndexes());
    assertEquals(List.of(1), r.author(2).affiliationIndexes());
    assertTrue(r.author(2).corresponding());
    assertEquals("0000-0001-0000-0001", r.author(2).orcid());
    SourceRecord single = sink.records.get(1);
    assertEquals(List.of(0), single.author(1).affiliationIndexes());
  }

  @Test
  void excelExportsXlsxAndXlsEqualPlainText(@TempDir Path dir) throws IOException {
    List<SourceRecord> plain = plain();
    for (boolean xlsx : new boolean[] {true, false}) {
      Path file = dir.resolve(xlsx ? "savedrecs.xlsx" : "savedrecs.xls");
      try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
        writeExcelFromTab(SharedData.path("design/samples/wos-tab.txt"), file, wb);
      }
      CollectingSink sink = Samples.read(file);
      assertEquals(3, sink.records.size(), file.toString());
      for (int i = 0; i < 3; i++) {
        assertEquals(comparable(plain.get(i)), comparable(sink.records.get(i)), file + " #" + i);
      }
      assertEquals("WOS_EXCEL", sink.records.get(0).format());
      assertEquals(2, sink.records.get(0).origin().firstLine());
    }
  }

  @Test
  void aCutLineIsKeptWithAWarning(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("cut.txt");
    Files.writeString(f, "PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\tPY\tUT\t\n"
        + "J\tLi, S\t\t\t\tLi, Si\t\t\tA title\tA JOURNAL\t2020\tWOS:1\t\n"
        + "J\tWang, X\t\t\t\tWang, Xi\t\t\tCut her");
    CollectingSink sink = Samples.read(f);
    assertEquals(2, sink.records.size());
    assertEquals("Cut her", sink.records.get(1).title());
    assertEquals(1, sink.problems.size());
    assertEquals(2, sink.problems.get(0).recordNumber());
    assertTrue(sink.problems.get(0).reason().contains("truncated"));
  }

  /** Writes the rows of a tab export as an Excel export would: labels, numbers as numbers. */
  static void writeExcelFromTab(Path tab, Path xlsx, Workbook wb) throws IOException {
    Map<String, String> labelOf = new HashMap<>();
    WosTags.EXCEL_LABELS.forEach((label, tag) -> labelOf.putIfAbsent(tag, titleCase(label)));
    labelOf.put("UT", "UT (Unique WOS ID)");
    labelOf.put("WC", "WoS Categories");
    Set<String> numeric = Set.of("PY", "VL", "BP", "EP", "NR", "TC", "Z9", "U1", "U2", "PG");
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(tab, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        rows.add(line.replace("\uFEFF", "").split("\t", -1));
      }
    }
    String[] tags = rows.get(0);
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = wb.createSheet("savedrecs");
      Row header = sheet.createRow(0);
      for (int c = 0; c < tags.length; c++) {
        if (!tags[c].isEmpty()) {
          header.createCell(c).setCellValue(labelOf.getOrDefault(tags[c], tags[c]));
        }
      }
      for (int i = 1; i < rows.size(); i++) {
        Row row = sheet.createRow(i);
        String[] cells = rows.get(i);
        for (int c = 0; c < Math.min(cells.length, tags.length); c++) {
          if (cells[c].isEmpty()) {
            continue;
          }
          if (numeric.contains(tags[c]) && cells[c].matches("\\d+")) {
            row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
          } else {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      wb.write(out);
    }
  }

  private static String titleCase(String label) {
    StringBuilder sb = new StringBuilder();
    for (String w : label.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }
}
