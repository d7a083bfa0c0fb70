package org.acta.harvest.parse.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.harvest.CollectingSink;
import org.acta.harvest.Samples;
import org.acta.harvest.SharedData;
import org.acta.matching.model.Author;
import org.acta.matching.model.SourceRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericTableParserTest {

  private static List<String> names(SourceRecord r) {
    return r.authors().stream().map(Author::name).toList();
  }

  @Test
  void dblpLatin1() throws IOException {
    CollectingSink sink = Samples.read(SharedData.path("datasets/dblp-acm/leipzig/DBLP2.csv"));
    assertEquals(2616, sink.records.size());
    assertEquals(List.of(), sink.problems);
    SourceRecord first = sink.records.get(0);
    assertEquals("DBLP2.csv#1", first.sourceKey());
    assertEquals("journals/sigmod/Mackay99", first.ids().localId());
    assertEquals("SIGMOD Record", first.sourceTitle());
    assertEquals(1999, first.year());
    SourceRecord aurora = sink.records.stream()
        .filter(r -> "conf/sigmod/AbadiCCCCEGHMRSSTXYZ03".equals(r.ids().localId()))
        .findFirst().orElseThrow();
    assertTrue(names(aurora).contains("Ugur Çetintemel"), names(aurora).toString());
    assertEquals(16, aurora.authors().size());
  }

  @Test
  void acmEntitiesDecoded() throws IOException {
    CollectingSink sink = Samples.read(SharedData.path("datasets/dblp-acm/leipzig/ACM.csv"));
    assertEquals(2294, sink.records.size());
    assertEquals(List.of("Gottfried Vossen", "Mathias Weske"), names(sink.records.get(0)));
    assertTrue(sink.records.stream().noneMatch(r -> r.authors().stream()
        .anyMatch(a -> a.name().matches(".*&#?\\w+;.*"))));
  }

  @Test
  void coraCitationFields() throws IOException {
    CollectingSink sink = Samples.read(SharedData.path("datasets/cora/cora-1879/records.csv"));
    assertEquals(1879, sink.records.size());
    SourceRecord r = sink.records.get(0);
    assertEquals("records.csv#1", r.sourceKey());
    assertEquals(List.of("Brodley, C. E.", "Utgoff, P. E."), names(r));
    assertEquals(1992, r.year());
    assertEquals("Multivariate versus univariate decision trees", r.title());
  }

  @Test
  void gb18030ChineseHeadersMultilineQuotedValue() throws IOException {
    CollectingSink sink = Samples.read(Samples.of("generic/csv/chinese-gb18030.csv"));
    assertEquals(2, sink.records.size());
    SourceRecord a = sink.records.get(0);
    assertEquals("基于β-Ga2O3的日盲探测器研究", a.title());
    assertEquals(List.of("张三", "李四"), names(a));
    assertEquals("光电子学报", a.sourceTitle());
    assertEquals(List.of("青河科技大学光电学院", "湖畔师范大学物理系"), a.affiliations());
    SourceRecord b = sink.records.get(1);
    assertEquals("多行\n题名", b.title());
    assertEquals(List.of("王五", "赵六"), names(b));
    assertEquals(2022, b.year());
    assertEquals("45", b.pageStart());
    assertEquals("45-52+60", b.pagesRaw());
    assertEquals(3, b.origin().firstLine());
    assertEquals(4, b.origin().lastLine());
  }

  @Test
  void tsvWithLiteralQuotesAndAndSeparatedAuthors() throws IOException {
    CollectingSink sink = Samples.read(Samples.of("generic/tsv/list.tsv"));
    assertEquals(2, sink.records.size());
    assertEquals("Deep \"learning\" for everything", sink.records.get(0).title());
    assertEquals(List.of("Alice Smith", "Bob Jones"), names(sink.records.get(0)));
    assertEquals("10.99999/jml.2020.1", sink.records.get(0).ids().doi());
    assertEquals(List.of("Smith, A.", "Jones, B."), names(sink.records.get(1)));
    assertEquals("list.tsv#2", sink.records.get(1).sourceKey());
  }

  @Test
  void xlsxList(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("list.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      Sheet s = wb.createSheet();
      Row h = s.createRow(0);
      String[] header = {"Title", "Authors", "Year", "Journal", "Volume"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("A paper");
      r.createCell(1).setCellValue("Smith, J.; Wang, X.");
      r.createCell(2).setCellValue(2021.0);
      r.createCell(3).setCellValue("J. Test");
      r.createCell(4).setCellValue(12.0);
      wb.write(out);
    }
    CollectingSink sink = Samples.read(f);
    assertEquals(1, sink.records.size());
    SourceRecord r = sink.records.get(0);
    assertEquals(2021, r.year());
    assertEquals("12", r.volume());
    assertEquals(List.of("Smith, J.", "Wang, X."), names(r));
  }
}
