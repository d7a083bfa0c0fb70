package org.acta.harvest.parse.cnki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.harvest.Harvester;
import org.acta.harvest.FileReport;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written CNKI files with the awkward cases of real exports. */
class CnkiFixturesTest {

  private static final Path DIR = Path.of("src/test/resources/samples/cnki");

  @Test
  void refWorksInGb18030WithOldStyleListsAndLinkIds() {
    ParseRun run = ParseRun.of(new CnkiRefWorksParser(), DIR.resolve("refworks/gb18030-oldstyle.txt"),
        ExportFormat.CNKI_REFWORKS);
    assertEquals(3, run.records.size());
    SourceRecord r = run.record(1);
    assertEquals("外施Ca2+对羊草幼苗的影响", r.title());
    assertEquals(List.of("颜宏", "石德成", "尹尚军"), names(r));
    assertEquals("颜宏", r.authors().get(0).nativeName());
    assertEquals(List.of("东北示范大学生命科学学院!长春130024", "南方农业专科学校!宁波315101"),
        r.affiliations(), "old 单位!城市邮编 list split on commas, repeats kept once");
    assertFalse(r.affiliationsLinked());
    assertNull(r.volume(), "vo with an empty value");
    assertEquals("03", r.issue());
    assertEquals("45-52+60", r.pagesRaw());
    assertEquals("45", r.pageStart());
    assertEquals("60", r.pageEnd());
    assertEquals(List.of("羊草", "Ca2+", "盐胁迫"), r.keywords(), "half- and full-width ;");
    assertEquals("第一行摘要，第二行接续。", r.abstractText());
    assertEquals("21-1253/Q", r.ids().cnNumber());
    assertEquals("CNKI:CJFD:YYSB200103012", r.ids().cnkiId());
    assertEquals("CNKI|CNKI:CJFD:YYSB200103012", r.naturalKey());
    assertEquals("中文", r.language());

    SourceRecord thesis = run.record(2);
    assertEquals(DocumentType.THESIS, thesis.documentType());
    assertEquals("博士", thesis.database());
    assertEquals(List.of("林某某"), names(thesis), "A1 without a space");
    assertEquals(List.of("黄某", "杨某"), thesis.supervisors());
    assertNull(thesis.issue(), "IS of a thesis is meaningless");
    assertEquals("南方农业大学", thesis.sourceTitle());
    assertEquals("10.99997/D.CNKI.GNFNU.2015.000123", thesis.ids().doi(), "DOI only in the link");
    assertNull(thesis.ids().cnkiId());
    assertTrue(thesis.naturalKey().startsWith("CNKI|sha256:"));

    assertEquals("最后一条记录被截断", run.record(3).title());
  }

  @Test
  void endNoteWithGluedAuthorsTwoPageStatementsStrayLabelAndTruncatedRecord() {
    ParseRun run = ParseRun.of(new CnkiEndNoteParser(),
        DIR.resolve("endnote/glued-authors-truncated.txt"), ExportFormat.CNKI_ENDNOTE);
    assertEquals(2, run.records.size());
    SourceRecord r = run.record(1);
    assertEquals(List.of("蔺卿", "罗格平", "陈曦"), names(r));
    assertEquals(DocumentType.PROCEEDINGS_PAPER, r.documentType());
    assertEquals("269-273", r.pagesRaw(), "the range, not the page count");
    assertEquals("摘要第一段。摘要第二段。", r.abstractText());
    assertEquals("第十届某学术会议; 中国新疆乌鲁木齐", r.conference());
    assertEquals("CNKI:CPFD:ZHCG201811014021", r.ids().cnkiId());
    SourceRecord cut = run.record(2);
    assertEquals(List.of("张福锁", "王激清"), names(cut));
    assertEquals("10.99997/J.ISSN.0564-3929.2008.05.001", cut.ids().doi());
    assertTrue(run.problems.stream()
        .anyMatch(p -> p.recordNumber() == 2 && p.reason().contains("no end line")));
  }

  @Test
  void endNoteAbstractLineStartingWithPercentIsNotATag(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("percent.txt");
    Files.writeString(file, "%0 Journal Article\r\n%A 张三\r\n%T 题名\r\n%X 产率提高了15\r\n"
        + "%以上。\r\n%D 2020\r\n%W CNKI\r\n");
    ParseRun run = ParseRun.of(new CnkiEndNoteParser(), file, ExportFormat.CNKI_ENDNOTE);
    assertTrue(run.record(1).abstractText().endsWith("%以上。"));
    assertEquals(2020, run.record(1).year());
  }

  @Test
  void noteExpressWithMixedSeparatorsAndContinuationLines() {
    ParseRun run = ParseRun.of(new CnkiNoteExpressParser(), DIR.resolve("noteexpress/separators.net"),
        ExportFormat.CNKI_NOTEEXPRESS);
    SourceRecord r = run.record(1);
    assertEquals(List.of("赵六", "孙七", "周八"), names(r));
    assertEquals(List.of("某大学计算机学院", "某研究院"), r.affiliations());
    assertEquals("Image recognition based on deep learning", r.titleAlt());
    assertEquals("第一行。第二行，continued in English and a third line.", r.abstractText());
    assertEquals("11-1826/TP", r.ids().cnNumber());
    assertEquals("0254-4164", r.ids().issn());
  }

  @Test
  void customTextWithFullWidthColonSupervisorAndFileNameLink() {
    ParseRun run = ParseRun.of(new CnkiLabelledTextParser(), DIR.resolve("custom/fullwidth-colon.txt"),
        ExportFormat.CNKI_CUSTOM);
    assertEquals(2, run.records.size());
    SourceRecord thesis = run.record(1);
    assertEquals("某种材料的制备与表征研究", thesis.title());
    assertEquals(List.of("钱九"), names(thesis));
    assertEquals(List.of("张三", "李四"), thesis.supervisors(), "导师 are not authors");
    assertEquals(List.of("材料", "制备", "表征"), thesis.keywords());
    assertEquals("硕士", thesis.database());
    assertEquals("CNKI:CMFD:1021000123.NH", thesis.ids().cnkiId());
    assertEquals("摘要第一句。摘要第二句。", thesis.abstractText());
    SourceRecord conf = run.record(2);
    assertEquals(DocumentType.PROCEEDINGS_PAPER, conf.documentType());
    assertEquals("国家自然科学基金（12345678）", conf.funding());
    assertEquals("12", conf.pageStart());
  }

  @Test
  void eStudyConferenceRecord() {
    ParseRun run = ParseRun.of(new CnkiLabelledTextParser(), DIR.resolve("estudy/conference.txt"),
        ExportFormat.CNKI_ESTUDY);
    SourceRecord r = run.record(1);
    assertEquals(DocumentType.PROCEEDINGS_PAPER, r.documentType());
    assertEquals("101-104", r.pagesRaw(), "Page-页码 is the range; PageCount-页数 a count");
    assertEquals(List.of("某大学"), r.affiliations());
    assertEquals("2018年某学术年会; 中国北京", r.conference());
    assertEquals("https://kns.cnki.net/kcms2/article/abstract?v=SYNTHETIC&uniplatform=NZKPT", r.url());
  }

  @Test
  void excelDownloadAsHtmlTableAndAsTabSeparatedTextGiveTheSameRecords() {
    ParseRun html = ParseRun.of(new CnkiTableParser(), DIR.resolve("table/html-table.xls"),
        ExportFormat.CNKI_TABLE);
    ParseRun tsv = ParseRun.of(new CnkiTableParser(), DIR.resolve("table/tab-separated.xls"),
        ExportFormat.CNKI_TABLE);
    for (ParseRun run : List.of(html, tsv)) {
      assertEquals(2, run.records.size(), () -> run.problems.toString());
      SourceRecord r = run.record(1);
      assertEquals("α-Fe2O3光阳极的研究", r.title());
      assertEquals(List.of("张三", "李四"), names(r));
      assertEquals(List.of("光阳极", "异质结"), r.keywords());
      assertEquals("10.99999/j.issn.1009-9638.2023.05.012", r.ids().doi());
      assertEquals("112", r.pageStart());
      assertEquals(DocumentType.THESIS, run.record(2).documentType());
    }
  }

  @Test
  void excelDownloadAsRealXlsxThroughTheHarvester(@TempDir Path tmp) throws IOException {
    Path xlsx = tmp.resolve("CNKI-export.xls");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = wb.createSheet("sheet1");
      String[][] rows = {
          {"SrcDatabase-来源库", "Title-题名", "Author-作者", "Year-年", "Period-期", "PageCount-页码"},
          {"期刊", "第一篇", "甲;乙", "2024", "3", "1-9"},
          {"期刊", "第二篇", "丙", "2023", "11", "10-19"}};
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          if (i > 0 && (j == 3 || j == 4)) {
            row.createCell(j).setCellValue(Double.parseDouble(rows[i][j])); // numbers, as Excel
          } else {
            row.createCell(j).setCellValue(rows[i][j]);
          }
        }
      }
      wb.write(out);
    }
    ParseRun run = new ParseRun();
    FileReport report = new Harvester().read(xlsx, run);
    assertEquals(ExportFormat.CNKI_TABLE, report.format());
    assertEquals(2, run.records.size(), () -> run.problems.toString());
    assertEquals(2024, run.record(1).year());
    assertEquals("3", run.record(1).issue());
    assertEquals(List.of("甲", "乙"), names(run.record(1)));
    assertEquals(2, run.record(2).origin().recordNumber());
  }

  @Test
  void gb18030FileIsDetectedAndDecodedByTheHarvester() throws IOException {
    ParseRun run = new ParseRun();
    FileReport report = new Harvester().read(DIR.resolve("refworks/gb18030-oldstyle.txt"), run);
    assertEquals(ExportFormat.CNKI_REFWORKS, report.format());
    assertEquals(Charset.forName("GB18030"), report.charset());
    assertEquals("外施Ca2+对羊草幼苗的影响", run.record(1).title());
  }

  static List<String> names(SourceRecord r) {
    return r.authors().stream().map(Author::name).toList();
  }
}
