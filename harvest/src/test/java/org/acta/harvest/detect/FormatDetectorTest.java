package org.acta.harvest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.harvest.Samples;
import org.acta.harvest.SharedData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  @ParameterizedTest
  @CsvSource({
      "wos-plain.txt, WOS_PLAIN", "wos-tab.txt, WOS_TAB", "wos-tab-utf16.txt, WOS_TAB",
      "ei-csv.csv, EI_CSV", "ei-text.txt, EI_TEXT", "ei-ris.ris, EI_RIS",
      "ei-bibtex.bib, EI_BIBTEX", "cnki-refworks.txt, CNKI_REFWORKS",
      "cnki-endnote.txt, CNKI_ENDNOTE", "cnki-noteexpress.txt, CNKI_NOTEEXPRESS",
      "cnki-custom.txt, CNKI_CUSTOM", "cnki-estudy.txt, CNKI_ESTUDY"})
  void designSamples(String file, ExportFormat expected) throws IOException {
    assertEquals(expected, detector.detect(SharedData.path("design/samples/" + file)).format());
  }

  @ParameterizedTest
  @CsvSource({
      "savedrecs.txt, WOS_PLAIN", "savedrecs(1).txt, WOS_PLAIN", "savedrecs(2).txt, WOS_TAB",
      "export-01.txt, EI_CSV", "export-03.txt, EI_CSV", "export-06.txt, EI_RIS",
      "export-02.txt, EI_BIBTEX", "CNKI-638037491508839055.txt, CNKI_REFWORKS",
      "export-04.txt, CNKI_ENDNOTE", "export-05.txt, CNKI_NOTEEXPRESS"})
  void syntheticDevExportsWhoseNamesSayNothing(String file, ExportFormat expected)
      throws IOException {
    Path p = SharedData.path("datasets/synthetic-dev/input/exports/" + file);
    assertEquals(expected, detector.detect(p).format());
  }

  @Test
  void realWosExportsIncludingTheOneLineIsiHeader() throws IOException {
    try (var files = Files.list(SharedData.path("datasets/real-exports/wos"))) {
      for (Path p : files.toList()) {
        assertEquals(ExportFormat.WOS_PLAIN, detector.detect(p).format(), p.toString());
      }
    }
  }

  @Test
  void genericLists() throws IOException {
    for (String f : List.of("datasets/dblp-acm/leipzig/DBLP2.csv",
        "datasets/dblp-acm/leipzig/ACM.csv", "datasets/cora/cora-1879/records.csv",
        "datasets/cora/cora-1295/cora.csv")) {
      assertEquals(ExportFormat.GENERIC_TABLE, detector.detect(SharedData.path(f)).format(), f);
    }
    assertEquals(ExportFormat.GENERIC_TABLE,
        detector.detect(Samples.of("generic/csv/chinese-gb18030.csv")).format());
    assertEquals(ExportFormat.GENERIC_TABLE,
        detector.detect(Samples.of("generic/tsv/list.tsv")).format());
  }

  @Test
  void garbageIsRejectedWithFileNameClosestFormatAndReason() {
    UnrecognizedFormatException ris = assertThrows(UnrecognizedFormatException.class,
        () -> detector.detect(Samples.of("garbage/generic-ris.ris")));
    assertEquals("generic-ris.ris", ris.fileName());
    assertEquals(ExportFormat.EI_RIS, ris.closest());
    assertTrue(ris.getMessage().contains("Engineering Village"), ris.getMessage());

    UnrecognizedFormatException bin = assertThrows(UnrecognizedFormatException.class,
        () -> detector.detect(Samples.of("garbage/random.bin")));
    assertNull(bin.closest());
    assertTrue(bin.why().contains("binary"), bin.why());

    UnrecognizedFormatException prose = assertThrows(UnrecognizedFormatException.class,
        () -> detector.detect(Samples.of("garbage/prose.txt")));
    assertTrue(prose.getMessage().startsWith("prose.txt"), prose.getMessage());
  }

  @Test
  void theFileNameIsNeverUsed(@TempDir Path dir) throws IOException {
    Path misnamed = dir.resolve("export.xls");
    Files.copy(SharedData.path("design/samples/wos-plain.txt"), misnamed);
    assertEquals(ExportFormat.WOS_PLAIN, detector.detect(misnamed).format());
  }

  @Test
  void spreadsheetsByHeaderLabels(@TempDir Path dir) throws IOException {
    assertEquals(ExportFormat.WOS_EXCEL, detector.detect(xlsx(dir.resolve("a.bin"),
        "Publication Type", "Authors", "Article Title", "UT (Unique WOS ID)")).format());
    assertEquals(ExportFormat.EI_EXCEL, detector.detect(xlsx(dir.resolve("b.bin"),
        "Title", "Accession number", "Author")).format());
    assertEquals(ExportFormat.CNKI_TABLE, detector.detect(xlsx(dir.resolve("c.bin"),
        "SrcDatabase-来源库", "Title-题名", "Author-作者")).format());
    // formats.md §1.4 rule 1: a bare 题名 label in a spreadsheet means a CNKI download.
    assertEquals(ExportFormat.CNKI_TABLE, detector.detect(xlsx(dir.resolve("d.bin"),
        "题名", "作者", "年份")).format());
    assertEquals(ExportFormat.GENERIC_TABLE, detector.detect(xlsx(dir.resolve("e.bin"),
        "Title", "Authors", "Year")).format());
    UnrecognizedFormatException none = assertThrows(UnrecognizedFormatException.class,
        () -> detector.detect(xlsx(dir.resolve("f.bin"), "Name", "Salary")));
    assertEquals(ExportFormat.GENERIC_TABLE, none.closest());
  }

  @Test
  void htmlTableDisguisedAsXls(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("CNKI-export.xls");
    Files.writeString(html, "<html><meta charset=\"utf-8\"><table><tr><td>SrcDatabase-来源库</td>"
        + "<td>Title-题名</td></tr><tr><td>期刊</td><td>题名一</td></tr></table></html>",
        StandardCharsets.UTF_8);
    assertEquals(ExportFormat.CNKI_TABLE, detector.detect(html).format());
  }

  @Test
  void emptyFile(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    UnrecognizedFormatException e =
        assertThrows(UnrecognizedFormatException.class, () -> detector.detect(empty));
    assertTrue(e.why().contains("empty"));
  }

  static Path xlsx(Path path, String... header) throws IOException {
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
      Sheet sheet = wb.createSheet("savedrecs");
      Row row = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        row.createCell(i).setCellValue(header[i]);
      }
      wb.write(out);
    }
    return path;
  }
}
