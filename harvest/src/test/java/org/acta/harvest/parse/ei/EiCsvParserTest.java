package org.acta.harvest.parse.ei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.api.Test;

class EiCsvParserTest {

  private static ParseRun designSample() {
    return ParseRun.of(new EiCsvParser(), ParseRun.SHARED.resolve("design/samples/ei-csv.csv"),
        ExportFormat.EI_CSV);
  }

  @Test
  void designSamplePaperAHasLinkedAuthorsAndCorrespondingLiSi() {
    ParseRun run = designSample();
    assertEquals(3, run.records.size(), () -> run.problems.toString());
    SourceRecord a = run.record(1);
    assertEquals(SourceDatabase.EI, a.source());
    assertEquals("EI_CSV", a.format());
    assertEquals("20232314199901", a.ids().eiAccession());
    assertEquals("10.99999/j.issn.1009-9638.2023.05.012", a.ids().doi());
    assertEquals("10099638", a.ids().issn());
    assertEquals("Preparation and photoelectrochemical performance of α-Fe2O3/TiO2 nanotube array "
        + "heterojunction photoanodes", a.title());
    assertEquals("Xinxing Nengyuan Cailiao Xuebao/Journal of Novel Energy Materials", a.sourceTitle());
    assertEquals("Xinxing Nengyuan Cailiao Xuebao", a.sourceTitleAbbrev());
    assertEquals("38", a.volume());
    assertEquals("5", a.issue());
    assertEquals("112", a.pageStart());
    assertEquals("120", a.pageEnd());
    assertEquals(2023, a.year());
    assertEquals("Chinese", a.language());
    assertEquals(DocumentType.ARTICLE, a.documentType());
    assertEquals("Compendex", a.database());
    assertTrue(a.affiliationsLinked());
    assertEquals(3, a.affiliations().size());
    assertEquals("School of Materials Science and Engineering, Dongjiang University of Technology, "
        + "Jiangzhou; 510999, China", a.affiliations().get(0));
    List<Author> au = a.authors();
    assertEquals(List.of("Zhang, San", "Li, Si", "Wang, Xiaoming"),
        au.stream().map(Author::name).toList());
    assertEquals(List.of(0, 1), au.get(0).affiliationIndexes());
    assertEquals(List.of(0), au.get(1).affiliationIndexes());
    assertEquals(List.of(2), au.get(2).affiliationIndexes());
    assertFalse(au.get(0).corresponding());
    assertTrue(au.get(1).corresponding());
    assertEquals(List.of("lisi@djut.edu.cn"), au.get(1).emails());
    assertEquals(1, a.correspondence().size());
    assertEquals(List.of(2), a.correspondence().get(0).authorPositions());
    assertEquals(List.of("Titanium dioxide", "Heterojunctions", "Hematite", "Nanotubes",
        "Photoelectrochemical cells"), a.indexTerms());
    assertTrue(a.keywords().contains("α-Fe2O3"));
    assertTrue(a.abstractText().endsWith("All right reserved."));
    assertTrue(a.origin().verbatim().startsWith("\"Preparation"));
    assertEquals(2, a.origin().firstLine());
  }

  @Test
  void designSamplePaperBHasTwoCorrespondingAuthorsAndConference() {
    SourceRecord b = designSample().record(2);
    assertEquals(DocumentType.PROCEEDINGS_PAPER, b.documentType());
    assertEquals(List.of("9798350399998"), b.ids().isbns());
    assertEquals("Müller, Hans-Peter", b.authors().get(1).name());
    assertTrue(b.authors().get(0).corresponding());
    assertTrue(b.authors().get(1).corresponding());
    assertFalse(b.authors().get(2).corresponding());
    assertEquals(List.of("zhangsan@djut.edu.cn", "hp.mueller@uni-rheinau.de"), b.emails());
    assertEquals("9th IEEE International Conference on Energy Materials and Devices, ICEMD 2023; "
        + "Jiangzhou, China; October 20, 2023 - October 22, 2023", b.conference());
    assertTrue(b.title().contains("α-Fe2O3 nanoparticles – a combined"));
  }

  @Test
  void designSampleE3HasArticleNumberAndAnAuthorWithoutAffiliation() {
    SourceRecord e3 = designSample().record(3);
    assertEquals("173210", e3.articleNumber());
    assertNull(e3.pageStart());
    assertEquals("18739999", e3.ids().eissn());
    assertEquals("O'Neil, Patrick", e3.authors().get(2).name());
    assertTrue(e3.authors().get(2).affiliationIndexes().isEmpty());
    assertEquals(List.of(0, 1), e3.authors().get(1).affiliationIndexes());
    assertTrue(e3.correspondence().isEmpty());
    assertTrue(e3.authors().stream().noneMatch(Author::corresponding));
  }
}
