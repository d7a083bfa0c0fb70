package org.acta.harvest.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.matching.indexing.EsiPaperKind;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.indexing.JcrEntry;
import org.acta.matching.indexing.JournalKey;
import org.acta.matching.indexing.JournalList;
import org.acta.matching.indexing.JournalListKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list formats of docs/lists.md, on small made-up files. */
class ListFileReaderTest {
  // made-up ISSNs with valid check digits
  static final String ISSN_A = "2001-001X";
  static final String ISSN_B = "2001-0028";
  static final String ISSN_C = "2001-0036";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text, StandardCharsets.UTF_8);
  }

  private Path write(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, cs);
    return p;
  }

  private ListFormatException failure(String name, String text) throws IOException {
    Path p = write(name, text);
    return assertThrows(ListFormatException.class,
        () -> new ListFileReader().read(List.of(p)));
  }

  @Test
  void aDirectoryOfEveryKindOfListIsReadAndJoined() throws IOException {
    write("README.md", "not a list");
    write("journals.csv", "\uFEFFlist,edition,valid_from,valid_to,title,issn,eissn,cn,tier\r\n"
        + "CSSCI,2023-2024,2023,2024,管理评论," + ISSN_A + ",,11-1234/C,\r\n"
        + "CSCD,2023-2024,2023,2024,新型材料学报,,,12-2506/TB,core\r\n"
        + "CSCD,2023-2024,2023,2024,扩展材料,,,12-2507/TB,extended\r\n"
        + "北大核心,2023,2023,,管理评论," + ISSN_A + ",,11-1234/C,\r\n");
    write("jcr.csv", "Journal name,ISSN,eISSN,Category,Edition,JIF,JIF Quartile,Year\n"
        + "J ALPHA," + ISSN_B + ",N/A,\"CHEMISTRY, PHYSICAL\",SCIE,5.123,Q1,2023\n"
        + "J ALPHA," + ISSN_B + ",N/A,\"MATERIALS SCIENCE, MULTIDISCIPLINARY\",SCIE,5.123,Q2,2023\n"
        + "J ALPHA," + ISSN_B + ",,\"CHEMISTRY, PHYSICAL\",SCIE,<0.1,2,2024\n");
    write("esi-journals.tsv", "edition\ttitle\tissn\teissn\tesi_field\n"
        + "2025-09\tJ ALPHA\t" + ISSN_B + "\t\tCHEMISTRY\n");
    write("esi-papers.csv", "list,edition,doi,wos_ut,esi_field\n"
        + "highly_cited,2025-07,10.97001/abc,,\n"
        + "highly_cited,2025-09,,WOS:000000000000001,PHYSICS\n"
        + "hot,2025-09,https://doi.org/10.97001/HOT,,\n");
    write("subjects.csv", "category,esi_field,discipline\nOPTICS,PHYSICS,光学工程\n");

    LoadedLists loaded = new ListFileReader().readDirectory(dir);

    IndexingLists l = loaded.lists();
    assertEquals(5, loaded.summary().size(), loaded.summary().toString());
    assertEquals(List.of(), loaded.warnings());
    assertEquals(3, l.journalLists().size());
    JournalList cscd = l.journalLists().stream()
        .filter(j -> j.kind() == JournalListKind.CSCD).findFirst().orElseThrow();
    assertEquals(2, cscd.entries().size());
    assertTrue(cscd.entries().get(1).extended());
    JournalList pku = l.journalLists().stream()
        .filter(j -> j.kind() == JournalListKind.PKU_CORE).findFirst().orElseThrow();
    assertEquals(null, pku.lastYear(), "empty valid_to is open-ended");
    assertEquals(List.of(2023, 2024), List.copyOf(l.jcrTables().keySet()));
    List<JcrEntry> y2023 = l.jcrTables().get(2023).entries();
    assertEquals(new BigDecimal("5.123"), y2023.get(0).impactFactor());
    assertEquals("CHEMISTRY, PHYSICAL", y2023.get(0).category());
    assertEquals("SCIE", y2023.get(0).edition());
    JcrEntry y2024 = l.jcrTables().get(2024).entries().get(0);
    assertEquals("Q2", y2024.quartile());
    assertEquals(new BigDecimal("0.1"), y2024.impactFactor());
    assertEquals("CHEMISTRY", l.esiJournalLists().get("2025-09").entries().get(0).field());
    assertEquals(List.of("2025-07", "2025-09"),
        List.copyOf(l.esiPaperLists(EsiPaperKind.HIGHLY_CITED).keySet()));
    assertEquals(1, l.esiPaperLists(EsiPaperKind.HOT).size());
    assertEquals(1, l.subjects().rows().size());
    assertTrue(l.jcrTables().get(2023).find(JournalKey.of(List.of(ISSN_B), List.of(),
        List.of())).isPresent());
  }

  @Test
  void anXlsxJcrTableIsReadLikeCsv() throws IOException {
    Path p = dir.resolve("jcr.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      Sheet s = wb.createSheet("JCR");
      Object[][] rows = {
        {"Journal name", "ISSN", "eISSN", "Category", "Edition", "JIF", "JIF Quartile", "Year"},
        {"J BETA", ISSN_C, "", "OPTICS", "SCIE", 2.5, "Q3", 2023.0},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      wb.write(out);
    }
    IndexingLists l = new ListFileReader().read(List.of(p)).lists();
    JcrEntry e = l.jcrTables().get(2023).entries().get(0);
    assertEquals("Q3", e.quartile());
    assertEquals(0, new BigDecimal("2.5").compareTo(e.impactFactor()));
  }

  @Test
  void aGb18030ListIsDecoded() throws IOException {
    Path p = write("pku.csv", "目录,版本,起始年,终止年,期刊名称,ISSN,国内统一刊号\r\n"
        + "北大核心,2020,2020,2022,化工学报,,32-8648/TQ\r\n", Charset.forName("GB18030"));
    JournalList l = new ListFileReader().read(List.of(p)).lists().journalLists().get(0);
    assertEquals(JournalListKind.PKU_CORE, l.kind());
    assertEquals("化工学报", l.entries().get(0).title());
    assertEquals(2022, l.lastYear());
  }

  @Test
  void badCellsAreNamedWithFileLineAndColumn() throws IOException {
    ListFormatException q = failure("jcr-bad.csv", "year,title,issn,impact_factor,quartile\n"
        + "2023,J A," + ISSN_A + ",1.0,Q1\n"
        + "2023,\"J\nB\"," + ISSN_B + ",1.0,Q1\n"
        + "2023,J C," + ISSN_C + ",1.0,Q5\n");
    assertEquals("jcr-bad.csv:5: column quartile: \"Q5\" is not Q1-Q4", q.getMessage());

    ListFormatException f = failure("if.csv", "year,title,issn,impact_factor\n2023,J,,high\n");
    assertEquals("if.csv:2: column impact_factor: \"high\" is not a number", f.getMessage());

    ListFormatException y = failure("years.csv", "list,edition,valid_from,title\n"
        + "CSSCI,2023-2024,23,管理评论\n");
    assertEquals("years.csv:2: column valid_from: \"23\" is not a year", y.getMessage());

    ListFormatException k = failure("kind.csv", "list,edition,valid_from,title\n"
        + "SCI,2023,2023,Foo\n");
    assertTrue(k.getMessage().startsWith("kind.csv:2: column list: \"SCI\" is not CSSCI"),
        k.getMessage());

    ListFormatException m = failure("noedition.csv", "list,valid_from,title\nCSSCI,2023,Foo\n");
    assertEquals("noedition.csv: column edition: missing from the header", m.getMessage());

    ListFormatException u = failure("other.csv", "a,b,c\n1,2,3\n");
    assertTrue(u.getMessage().startsWith("other.csv: not a list file"), u.getMessage());

    ListFormatException o = failure("order.csv", "list,edition,valid_from,valid_to,title\n"
        + "CSSCI,2023-2024,2023,2024,甲\nCSSCI,2023-2024,2023,2025,乙\n");
    assertTrue(o.getMessage().startsWith("order.csv:3: column valid_from: CSSCI 2023-2024 has"
        + " other years"), o.getMessage());
  }

  @Test
  void aMistypedIssnIsAWarningAndTheRowKeepsItsOtherKeys() throws IOException {
    Path p = write("cssci.csv", "list,edition,valid_from,title,issn,cn\n"
        + "CSSCI,2023-2024,2023,管理评论,2001-0018,11-1234\n");
    LoadedLists loaded = new ListFileReader().read(List.of(p));
    assertEquals(List.of("cssci.csv:2: column issn: \"2001-0018\" is not a valid ISSN"
        + " (NNNN-NNNC with its check digit); ignored"), loaded.warnings());
    assertTrue(loaded.lists().journalLists().get(0)
        .find(JournalKey.of(List.of(), List.of("CN11-1234"), List.of())).isPresent());
  }

  @Test
  void anEmptyDirectoryIsAnError() throws IOException {
    write("notes.md", "x");
    ListFormatException e = assertThrows(ListFormatException.class,
        () -> new ListFileReader().readDirectory(dir));
    assertTrue(e.getMessage().contains("no list files"), e.getMessage());
  }
}
