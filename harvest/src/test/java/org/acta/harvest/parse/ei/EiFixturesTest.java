package org.acta.harvest.parse.ei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.harvest.FileReport;
import org.acta.harvest.Harvester;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written EV files with the awkward cases: Excel re-saves, wrapping, truncation. */
class EiFixturesTest {

  private static final Path DIR = Path.of("src/test/resources/samples/ei");

  @Test
  void csvResavedByExcelWithBomEscapedQuotesLineBreakInCellAndTruncatedRow() {
    ParseRun run = ParseRun.of(new EiCsvParser(), DIR.resolve("csv/excel-resaved-bom-truncated.csv"),
        ExportFormat.EI_CSV);
    assertEquals(3, run.records.size());
    SourceRecord r = run.record(1);
    assertEquals("Ultrafast \"hot-carrier\" relaxation in α-Fe2O3 photoanodes", r.title());
    assertEquals(2, r.origin().firstLine());
    assertEquals(3, r.origin().lastLine(), "the abstract cell spans two lines");
    assertEquals("First line of the abstract. Second line after a break; © 2025 Photonic Press.",
        r.abstractText());
    assertEquals("10.99998/JPM.2025.0301", r.ids().doi(), "URL prefix stripped, case kept");
    assertEquals(List.of("Hematite", "Photoanodes", "Carrier relaxation"), r.indexTerms(),
        "NBSP before the separator still separates");
    assertEquals("Institute of Physics (CAS), Beijing; 100190, China", r.affiliations().get(0));
    List<Author> au = r.authors();
    assertEquals(List.of(0, 1), au.get(0).affiliationIndexes());
    assertTrue(au.get(3).affiliationIndexes().isEmpty(), "id (99) does not exist");
    assertTrue(au.get(0).corresponding());
    assertFalse(au.get(1).corresponding(), "Li, M. fits Li, Ming and Li, Mei: left unresolved");
    assertFalse(au.get(2).corresponding());
    assertEquals(2, r.correspondence().size());
    assertTrue(r.correspondence().get(1).authorPositions().isEmpty());
    assertEquals(List.of("li.m@lakeside.edu.cn"), r.correspondence().get(1).emails());
    assertTrue(problem(run, 1, "(99)"));
    assertTrue(problem(run, 1, "Li, M."));

    SourceRecord erratum = run.record(2);
    assertEquals(DocumentType.CORRECTION, erratum.documentType());
    assertEquals("Inspec", erratum.database());
    assertEquals("E42", erratum.articleNumber());
    assertEquals("Zhang, S.", erratum.authors().get(0).shortName());

    SourceRecord cut = run.record(3);
    assertEquals("The abstract is cut off", cut.abstractText());
    assertTrue(problem(run, 3, "not closed"));
    assertTrue(run.problems.stream().noneMatch(ParseProblem::fatalForRecord));
  }

  @Test
  void textWithWrappedValuesAndWhitespaceSeparatedCorrespondingAuthors() {
    ParseRun run = ParseRun.of(new EiTextParser(), DIR.resolve("text/wrapped-lines.txt"),
        ExportFormat.EI_TEXT);
    assertEquals(2, run.records.size());
    SourceRecord r = run.record(1);
    assertEquals("Self-healing coatings with microcapsules: a long title wrapped over two lines",
        r.title());
    assertEquals("Selbstheilende Beschichtungen mit Mikrokapseln", r.titleAlt());
    assertEquals("The first part of the abstract continues on this line.", r.abstractText());
    assertEquals("Compendex", r.database(), "the copyright line is not part of Database");
    assertEquals("44", r.pageStart());
    assertEquals("50", r.pageEnd());
    assertTrue(r.authors().get(0).corresponding());
    assertTrue(r.authors().get(1).corresponding());
    assertEquals(List.of("wxm@lakeside.edu.cn"), r.authors().get(1).emails());
    assertNull(r.conference(), "an empty Conference name is no conference");
    SourceRecord bare = run.record(2);
    assertTrue(bare.authors().isEmpty());
    assertEquals(2024, bare.year());
    assertEquals(27, bare.origin().firstLine());
  }

  @Test
  void risWithStandardTagsAndTruncatedLastRecord() {
    ParseRun run = ParseRun.of(new EiRisParser(), DIR.resolve("ris/standard-tags-truncated.ris"),
        ExportFormat.EI_RIS);
    assertEquals(2, run.records.size());
    SourceRecord r = run.record(1);
    assertEquals("20251900000021", r.ids().eiAccession());
    assertEquals("10.99998/SG.2025.12", r.ids().doi());
    assertEquals(List.of("9781234567897"), r.ids().isbns());
    assertEquals(DocumentType.PROCEEDINGS_PAPER, r.documentType());
    assertEquals("Proceedings of the 2025 Conference on Smart Grids", r.sourceTitle());
    assertEquals(List.of("Chen, Wei", "Liu, Y."), r.authors().stream().map(Author::name).toList());
    assertFalse(r.affiliationsLinked());
    assertTrue(r.correspondence().isEmpty());
    assertEquals("Inspec", run.record(2).database());
    assertTrue(problem(run, 2, "no end line"));
  }

  @Test
  void bibtexWithNestedBracesRawSpecialCharactersAndUnclosedEntry() {
    ParseRun run = ParseRun.of(new EiBibtexParser(),
        DIR.resolve("bibtex/nested-braces-truncated.bib"), ExportFormat.EI_BIBTEX);
    assertEquals(2, run.records.size());
    SourceRecord r = run.record(1);
    assertEquals("TiO2 and Nested braces & 50% of cases_x", r.title());
    assertEquals(List.of("O'Brien, Sean", "Zhang, S.", "Müller, Hans-Peter"),
        r.authors().stream().map(Author::name).toList());
    assertEquals("e100", r.pageStart());
    assertEquals("e108", r.pageEnd());
    assertEquals("Uses α and μm. © 2025 The Authors.", r.abstractText());
    assertEquals("Compendex", r.database());
    assertEquals(List.of("Titanium dioxide", "Nanostructures"), r.indexTerms());
    assertEquals(List.of("Odd titles"), r.keywords());
    SourceRecord open = run.record(2);
    assertEquals("Inspec", open.database());
    assertEquals(DocumentType.PROCEEDINGS_PAPER, open.documentType());
    assertTrue(problem(run, 2, "not closed"));
  }

  @Test
  void excelDownloadWithNumericCellsThroughTheHarvester(@TempDir Path tmp) throws IOException {
    Path xlsx = tmp.resolve("Engineering_Village_detailed.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = wb.createSheet("Engineering Village");
      String[] header = {"Title", "Accession number", "Author", "Author affiliation",
          "Corresponding author", "Publication year", "ISSN", "Pages", "Database"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row r = sheet.createRow(1);
      r.createCell(0).setCellValue("A spreadsheet record");
      r.createCell(1).setCellValue(20251900000041d); // a number cell, as Excel stores it
      r.createCell(2).setCellValue("Chen, Wei (1); Zhou, Lin (1, 2)");
      r.createCell(3).setCellValue("(1) Lakeside University, Lakeside; 430999, China (2) Hill Institute, Hill; 100000, China");
      r.createCell(4).setCellValue("Zhou, Lin(zl@hill.ac.cn)");
      r.createCell(5).setCellValue(2025d);
      r.createCell(6).setCellValue("12349999");
      r.createCell(7).setCellValue("7-9");
      r.createCell(8).setCellValue("Compendex");
      wb.write(out);
    }
    ParseRun run = new ParseRun();
    FileReport report = new Harvester().read(xlsx, run);
    assertEquals(ExportFormat.EI_EXCEL, report.format());
    SourceRecord rec = run.record(1);
    assertEquals("20251900000041", rec.ids().eiAccession(), "no scientific notation");
    assertEquals(2025, rec.year());
    assertEquals(List.of(0, 1), rec.authors().get(1).affiliationIndexes());
    assertTrue(rec.authors().get(1).corresponding());
    assertEquals(2, rec.origin().firstLine());
  }

  private static boolean problem(ParseRun run, int record, String text) {
    return run.problems.stream()
        .anyMatch(p -> p.recordNumber() == record && p.reason().contains(text));
  }
}
