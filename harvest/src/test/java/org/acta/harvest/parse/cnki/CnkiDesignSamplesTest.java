package org.acta.harvest.parse.cnki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five CNKI samples of the design (records A = C1, C2, C3) give the same facts. */
class CnkiDesignSamplesTest {

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("cnki-refworks.txt", new CnkiRefWorksParser(), ExportFormat.CNKI_REFWORKS),
        Arguments.of("cnki-endnote.txt", new CnkiEndNoteParser(), ExportFormat.CNKI_ENDNOTE),
        Arguments.of("cnki-noteexpress.txt", new CnkiNoteExpressParser(),
            ExportFormat.CNKI_NOTEEXPRESS),
        Arguments.of("cnki-custom.txt", new CnkiLabelledTextParser(), ExportFormat.CNKI_CUSTOM),
        Arguments.of("cnki-estudy.txt", new CnkiLabelledTextParser(), ExportFormat.CNKI_ESTUDY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sameFactsInEveryFormat(String file, RecordParser parser, ExportFormat format) {
    ParseRun run = ParseRun.of(parser, ParseRun.SHARED.resolve("design/samples").resolve(file),
        format);
    assertEquals(3, run.records.size(), () -> run.problems.toString());
    assertTrue(run.problems.isEmpty(), () -> run.problems.toString());

    SourceRecord a = run.record(1);
    assertEquals(SourceDatabase.CNKI, a.source());
    assertEquals("α-Fe2O3/TiO2纳米管阵列异质结光阳极的制备及光电化学性能", a.title());
    assertEquals(List.of("张三", "李四", "王小明"), names(a));
    assertEquals(3, a.affiliations().size());
    assertFalse(a.affiliationsLinked());
    assertTrue(a.authors().stream().noneMatch(Author::corresponding), "CNKI names none");
    assertTrue(a.correspondence().isEmpty());
    assertEquals("新型能源材料学报", a.sourceTitle());
    assertEquals(2023, a.year());
    assertEquals("05", a.issue());
    assertEquals("112", a.pageStart());
    assertEquals("120", a.pageEnd());
    assertEquals(DocumentType.ARTICLE, a.documentType());
    assertEquals("期刊", a.database());
    assertEquals(List.of("α-Fe2O3", "TiO2纳米管", "异质结", "光电化学", "光解水"), a.keywords());
    assertTrue(a.abstractText().startsWith("【目的】提高TiO2纳米管阵列"));
    assertTrue(a.abstractText().contains("1.86 mA/cm2"));
    if (format != ExportFormat.CNKI_NOTEEXPRESS) {
      assertEquals("10.99999/j.issn.1009-9638.2023.05.012", a.ids().doi());
    }
    if (format != ExportFormat.CNKI_ESTUDY) {
      assertEquals("1009-9638", a.ids().issn());
    }

    SourceRecord c2 = run.record(2);
    assertEquals("基于迁移学习的锂离子电池健康状态（SOH）估计方法", c2.title(), "full width kept");
    assertEquals("李四", c2.authors().get(0).name());
    assertEquals(2, c2.affiliations().size());
    assertEquals("12", c2.issue());
    assertNull(c2.volume());
    assertEquals("45-52+60", c2.pagesRaw());
    assertEquals("45", c2.pageStart());
    assertNull(c2.ids().doi());
    assertTrue(c2.keywords().contains("健康状态（SOH）"));

    SourceRecord c3 = run.record(3);
    assertEquals(DocumentType.THESIS, c3.documentType());
    assertEquals("TiO2纳米管阵列的阳极氧化制备与光催化产氢性能研究", c3.title());
    assertEquals(List.of("赵六"), names(c3), "the supervisor is not an author");
    assertEquals("东江理工大学", c3.sourceTitle());
    assertEquals(2022, c3.year());
    assertTrue(c3.abstractText().endsWith("的样品产氢速率最高。"));
    assertFalse(c3.abstractText().contains("\n"));
    if (format == ExportFormat.CNKI_REFWORKS || format == ExportFormat.CNKI_ENDNOTE) {
      assertEquals(List.of("张三"), c3.supervisors());
      assertEquals("硕士", c3.database());
    }
    if (c3.url() != null) {
      assertFalse(c3.url().contains("&amp;"), "entities decoded in links");
      assertNull(c3.ids().cnkiId(), "the kcms2 v= token is never an id");
    }
  }

  private static List<String> names(SourceRecord r) {
    return r.authors().stream().map(Author::name).toList();
  }
}
