package org.acta.harvest.parse.ei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four EV samples of the design (papers A, B and E3 in CSV, text, RIS, BibTeX) give the same
 * bibliographic facts; only CSV and text carry the author–affiliation links and corresponding
 * authors.
 */
class EiDesignSamplesTest {

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("ei-csv.csv", new EiCsvParser(), ExportFormat.EI_CSV, true),
        Arguments.of("ei-text.txt", new EiTextParser(), ExportFormat.EI_TEXT, true),
        Arguments.of("ei-ris.ris", new EiRisParser(), ExportFormat.EI_RIS, false),
        Arguments.of("ei-bibtex.bib", new EiBibtexParser(), ExportFormat.EI_BIBTEX, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sameFactsInEveryFormat(String file, RecordParser parser, ExportFormat format,
      boolean linked) {
    ParseRun run = ParseRun.of(parser, ParseRun.SHARED.resolve("design/samples").resolve(file),
        format);
    assertEquals(3, run.records.size(), () -> run.problems.toString());
    assertTrue(run.problems.isEmpty(), () -> run.problems.toString());

    SourceRecord a = run.record(1);
    assertEquals("20232314199901", a.ids().eiAccession());
    assertEquals("10.99999/j.issn.1009-9638.2023.05.012", a.ids().doi());
    assertEquals("10099638", a.ids().issn());
    assertEquals("Preparation and photoelectrochemical performance of α-Fe2O3/TiO2 nanotube array "
        + "heterojunction photoanodes", a.title());
    assertEquals("Xinxing Nengyuan Cailiao Xuebao/Journal of Novel Energy Materials", a.sourceTitle());
    assertEquals(2023, a.year());
    assertEquals("38", a.volume());
    assertEquals("5", a.issue());
    assertEquals("112", a.pageStart());
    assertEquals("120", a.pageEnd());
    assertEquals("Chinese", a.language());
    assertEquals("Compendex", a.database());
    assertEquals(DocumentType.ARTICLE, a.documentType());
    assertEquals(List.of("Zhang, San", "Li, Si", "Wang, Xiaoming"), names(a));
    assertTrue(a.abstractText().endsWith("All right reserved."));
    assertTrue(a.indexTerms().containsAll(List.of("Titanium dioxide", "Hematite")));
    assertTrue(a.keywords().contains("α-Fe2O3"));
    assertEquals(linked, a.affiliationsLinked());
    assertEquals(linked, a.authors().get(1).corresponding(), "Li Si only where EV says so");
    assertFalse(a.authors().get(0).corresponding());
    if (linked) {
      assertEquals(List.of(0, 1), a.authors().get(0).affiliationIndexes());
    } else {
      assertTrue(a.correspondence().isEmpty());
    }

    SourceRecord b = run.record(2);
    assertEquals("20240115299902", b.ids().eiAccession());
    assertEquals("10.99999/ICEMD59999.2023.10399901", b.ids().doi());
    assertEquals(List.of("9798350399998"), b.ids().isbns());
    assertEquals(DocumentType.PROCEEDINGS_PAPER, b.documentType());
    assertEquals("Müller, Hans-Peter", b.authors().get(1).name());
    assertEquals("215", b.pageStart());
    assertTrue(b.title().endsWith("α-Fe2O3 nanoparticles – a combined experimental and DFT study"));
    assertTrue(b.conference() != null && b.conference().contains("Jiangzhou, China"));
    assertEquals(linked ? 2 : 0, b.correspondence().size());

    SourceRecord e3 = run.record(3);
    assertEquals("173210", e3.articleNumber());
    assertEquals("O'Neil, Patrick", e3.authors().get(2).name());
    assertEquals(2024, e3.year());
    assertTrue(e3.abstractText().contains("350 °C") && e3.abstractText().contains("2.1 μm"));
  }

  private static List<String> names(SourceRecord r) {
    return r.authors().stream().map(Author::name).toList();
  }
}
