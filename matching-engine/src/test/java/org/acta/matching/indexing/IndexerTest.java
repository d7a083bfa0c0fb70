package org.acta.matching.indexing;

import static org.acta.matching.indexing.IndexingFixtures.cnki;
import static org.acta.matching.indexing.IndexingFixtures.ei;
import static org.acta.matching.indexing.IndexingFixtures.issn;
import static org.acta.matching.indexing.IndexingFixtures.work;
import static org.acta.matching.indexing.IndexingFixtures.wos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.Identifiers;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.junit.jupiter.api.Test;

class IndexerTest {
  static final String ISSN_A = issn("2001001");
  static final String ISSN_A_E = issn("2001002");
  static final String ISSN_B = issn("2001003");
  static final String ISSN_ZH = issn("3001001");

  static JcrEntry jcr(String title, String issn, String category, String q, String impact) {
    return new JcrEntry(title, issn, null, category, "SCIE",
        impact == null ? null : new BigDecimal(impact), q);
  }

  static IndexingLists lists(List<JournalList> journals, List<JcrTable> jcr) {
    return new IndexingLists(journals, jcr, List.of(), List.of(), SubjectMapping.NONE);
  }

  static Indexing index(IndexingLists lists, Work work) {
    return new Indexer(lists, IndexingConfig.defaults()).index(work);
  }

  @Test
  void indexedInIsTheUnionOfTheRecordsEditionsAndTheListsValidInThePublicationYear() {
    JournalList cscd = new JournalList(JournalListKind.CSCD, "2023-2024", 2023, 2024,
        List.of(new JournalListEntry("新型材料学报", null, null, "12-2506/TB", "core")));
    IndexingLists lists = lists(List.of(cscd), List.of());
    Work w2023 = work(
        wos(1, 2023, "JOURNAL OF NEW MATERIALS", ISSN_ZH, "WOS:000000000000001", null,
            "Science Citation Index Expanded (SCI-EXPANDED)"),
        ei(1, 2023, "Xinxing Cailiao Xuebao/Journal of New Materials", ISSN_ZH.replace("-", "")),
        cnki(1, 2023, "新型材料学报", ISSN_ZH, "CN 12-2506"));
    Work w2022 = work(cnki(2, 2022, "新型材料学报", null, "12-2506/TB"));

    Indexing i = index(lists, w2023);
    assertEquals("SCIE;EI;CSCD", i.indexedInText());
    String why = i.provenance().get("indexed_in");
    assertTrue(why.contains("CSCD 2023-2024") && why.contains("matched by CN 12-2506"), why);
    assertNull(index(lists, w2022).indexedInText(), "the 2023-2024 edition does not cover 2022");
  }

  @Test
  void anOpenEditionRunsUntilTheNextEditionOfItsKind() {
    JournalList pku2020 = new JournalList(JournalListKind.PKU_CORE, "2020", 2020, null,
        List.of(new JournalListEntry("旧刊", ISSN_A, null, null, null)));
    JournalList pku2023 = new JournalList(JournalListKind.PKU_CORE, "2023", 2023, null,
        List.of(new JournalListEntry("新刊", ISSN_B, null, null, null)));
    IndexingLists lists = lists(List.of(pku2023, pku2020), List.of());

    assertEquals("PKU_CORE", index(lists, work(cnki(1, 2022, "旧刊", ISSN_A, null))).indexedInText());
    assertNull(index(lists, work(cnki(2, 2023, "旧刊", ISSN_A, null))).indexedInText());
    assertNull(index(lists, work(cnki(3, 2022, "新刊", ISSN_B, null))).indexedInText());
    Indexing late = index(lists, work(cnki(4, 2030, "新刊", ISSN_B, null)));
    assertEquals("PKU_CORE", late.indexedInText());
    assertTrue(late.provenance().get("indexed_in").contains("valid 2023-"),
        late.provenance().toString());
  }

  @Test
  void theExtendedPartCountsOnlyWhenConfiguredTo() {
    JournalList cscd = new JournalList(JournalListKind.CSCD, "2023-2024", 2023, 2024,
        List.of(new JournalListEntry("扩展刊", ISSN_A, null, null, "extended")));
    IndexingLists lists = lists(List.of(cscd), List.of());
    Work w = work(cnki(1, 2023, "扩展刊", ISSN_A, null));

    assertEquals("CSCD", index(lists, w).indexedInText());
    Indexing strict = new Indexer(lists, IndexingConfig.defaults().withExtendedCounts(false))
        .index(w);
    assertNull(strict.indexedInText());
    assertTrue(strict.provenance().get("indexed_in").contains("extended part"));
  }

  @Test
  void issnsMatchWhateverTheyArePrintedLikeButAWrongCheckDigitDoesNot() {
    String bad = ISSN_A.substring(0, 8) + (ISSN_A.charAt(8) == '0' ? '1' : '0');
    JournalList cssci = new JournalList(JournalListKind.CSSCI, "2023-2024", 2023, 2024,
        List.of(new JournalListEntry("管理评论", ISSN_A.replace("-", ""), null, null, null),
            new JournalListEntry("其他刊", bad, null, null, null)));
    IndexingLists lists = lists(List.of(cssci), List.of());

    assertEquals("CSSCI", index(lists, work(cnki(1, 2024, "别名", "ISSN " + ISSN_A, null)))
        .indexedInText());
    assertNull(index(lists, work(cnki(2, 2024, "另一刊", bad, null))).indexedInText());
  }

  @Test
  void titlesMatchWhenNoIdentifierDoesIgnoringCaseArticleAndPunctuation() {
    JournalList cssci = new JournalList(JournalListKind.CSSCI, "2023-2024", 2023, 2024,
        List.of(new JournalListEntry("The Journal of Management & Economics", null, null, null,
            null)));
    IndexingLists lists = lists(List.of(cssci), List.of());

    Indexing i = index(lists,
        work(wos(1, 2023, "JOURNAL OF MANAGEMENT & ECONOMICS", null, null, null)));
    assertEquals("CSSCI", i.indexedInText());
    assertTrue(i.provenance().get("indexed_in").contains("matched by title"));
    assertNull(index(lists,
        work(wos(2, 2023, "JOURNAL OF MANAGEMENT", null, null, null))).indexedInText());
  }

  @Test
  void jcrGivesTheBestQuartileOfThePublicationYearElseTheLatestEarlierYear() {
    JcrTable y2022 = new JcrTable(2022, List.of(jcr("J A", ISSN_A, "CHEMISTRY, PHYSICAL", "Q2",
        "3.1")));
    JcrTable y2023 = new JcrTable(2023, List.of(
        jcr("J A", ISSN_A, "CHEMISTRY, PHYSICAL", "Q2", "4.2"),
        jcr("J A", ISSN_A, "MATERIALS SCIENCE, MULTIDISCIPLINARY", "Q1", "4.2")));
    IndexingLists lists = lists(List.of(), List.of(y2023, y2022));

    Indexing p2022 = index(lists, work(wos(1, 2022, "J A", ISSN_A, null, null)));
    assertEquals("Q2", p2022.jcrQuartile());
    assertEquals("3.1", p2022.impactFactorText());
    Indexing p2025 = index(lists, work(wos(2, 2025, "J A", ISSN_A, null, null)));
    assertEquals("Q1", p2025.jcrQuartile());
    assertEquals(2023, p2025.jcrYear());
    String why = p2025.provenance().get("jcr_quartile");
    assertTrue(why.contains("JCR 2023") && why.contains("else the latest earlier year")
        && why.contains("MATERIALS SCIENCE, MULTIDISCIPLINARY"), why);
    assertNull(index(lists, work(wos(3, 2021, "J A", ISSN_A, null, null))).jcrQuartile(),
        "no JCR at or before 2021");

    Indexer exact = new Indexer(lists,
        IndexingConfig.defaults().withJcrYearRule(JcrYearRule.PUBLICATION_YEAR));
    Indexing none = exact.index(work(wos(2, 2025, "J A", ISSN_A, null, null)));
    assertNull(none.jcrQuartile());
    assertNull(none.impactFactor());
    assertTrue(none.provenance().get("jcr_quartile").contains("JCR of the publication year"));
    Indexer latest = new Indexer(lists,
        IndexingConfig.defaults().withJcrYearRule(JcrYearRule.LATEST));
    assertEquals("4.2", latest.index(work(wos(1, 2022, "J A", ISSN_A, null, null)))
        .impactFactorText());
  }

  @Test
  void aConferencePaperGetsNoQuartileForItsProceedingsAndTheProvenanceSaysWhy() {
    IndexingLists lists = lists(List.of(), List.of(new JcrTable(2023, List.of(
        jcr("J A", ISSN_A, "OPTICS", "Q1", "5.0")))));
    SourceRecord inProceedings = IndexingFixtures.record("ei.txt", 7, SourceDatabase.EI, 2023)
        .sourceTitle("Proceedings of the Example Conference on Optics").database("Compendex")
        .documentType(DocumentType.PROCEEDINGS_PAPER).build();
    Indexing proceedings = index(lists, work(inProceedings));
    assertNull(proceedings.jcrQuartile());
    assertNull(proceedings.impactFactor());
    String why = proceedings.provenance().get("jcr_quartile");
    assertTrue(why.startsWith("no quartile for a conference paper: JCR ranks journals, not"
        + " proceedings") && why.contains("not in JCR 2023"), why);

    // a conference paper printed in a journal JCR ranks (EI's "conference article")
    SourceRecord inJournal = IndexingFixtures.record("ei.txt", 8, SourceDatabase.EI, 2023)
        .sourceTitle("J A").database("Compendex").documentType(DocumentType.PROCEEDINGS_PAPER)
        .ids(new Identifiers(null, "20248", null, null, ISSN_A, null, List.of(), null, null))
        .build();
    Indexing journal = index(lists, work(inJournal));
    assertEquals("Q1", journal.jcrQuartile());
    assertTrue(journal.provenance().get("jcr_quartile").startsWith(
        "conference paper published in a journal JCR ranks: the journal's quartile; JCR 2023"),
        journal.provenance().get("jcr_quartile"));
    assertEquals("Q1", index(lists, work(wos(9, 2023, "J A", ISSN_A, null, null))).jcrQuartile(),
        "an article is as before");
  }

  @Test
  void theElectronicIssnOfTheListMatchesAPrintIssnOfARecordAndViceVersa() {
    JcrTable t = new JcrTable(2023, List.of(new JcrEntry("J A", null, ISSN_A_E, "OPTICS",
        "SCIE", new BigDecimal("2.0"), "Q3")));
    IndexingLists lists = lists(List.of(), List.of(t));
    assertEquals("Q3", index(lists, work(wos(1, 2023, "Other name", ISSN_A_E, null, null)))
        .jcrQuartile());
  }

  @Test
  void esiFlagsListTheEditionsAndFollowTheConfiguredRule() {
    EsiPaperList hc1 = new EsiPaperList(EsiPaperKind.HIGHLY_CITED, "2025-01",
        List.of(new EsiPaper(null, "000000000000007", "CHEMISTRY")));
    EsiPaperList hc2 = new EsiPaperList(EsiPaperKind.HIGHLY_CITED, "2025-03",
        List.of(new EsiPaper("https://doi.org/10.9999/ABC", null, null)));
    EsiPaperList hot = new EsiPaperList(EsiPaperKind.HOT, "2025-03",
        List.of(new EsiPaper("10.9999/xyz", null, null)));
    IndexingLists lists = new IndexingLists(List.of(), List.of(),
        List.of(new EsiJournalList("2025-03",
            List.of(new EsiJournal("J A", ISSN_A, null, "MATERIALS SCIENCE")))),
        List.of(hc2, hot, hc1), SubjectMapping.NONE);
    Work ever = work(wos(1, 2023, "J A", ISSN_A, "WOS:000000000000007", "10.9999/abc"));
    Work once = work(wos(2, 2023, "J A", ISSN_A, "WOS:000000000000008", "10.9999/old"));

    Indexing e = index(lists, ever);
    assertEquals(List.of("2025-01", "2025-03"), e.highlyCitedEditions());
    assertTrue(e.esiHighlyCited());
    assertFalse(e.esiHot());
    assertEquals("CHEMISTRY", e.esiField(), "the paper's own ESI field wins");

    Indexing o = index(lists, once);
    assertEquals(List.of(), o.highlyCitedEditions());
    assertEquals("MATERIALS SCIENCE", o.esiField());
    assertTrue(o.provenance().get("esi_field").contains("ESI journal list 2025-03"));

    EsiPaperList hcOld = new EsiPaperList(EsiPaperKind.HIGHLY_CITED, "2025-03",
        List.of(new EsiPaper(null, null, null)));
    IndexingLists later = new IndexingLists(List.of(), List.of(), List.of(),
        List.of(hc1, hcOld), SubjectMapping.NONE);
    Indexer now = new Indexer(later,
        IndexingConfig.defaults().withEsiFlagRule(EsiFlagRule.LATEST_EDITION));
    Indexing dropped = now.index(ever);
    assertEquals(List.of("2025-01"), dropped.highlyCitedEditions());
    assertFalse(dropped.esiHighlyCited(), "not in the latest edition");
    assertTrue(new Indexer(later, IndexingConfig.defaults()).index(ever).esiHighlyCited());
  }

  @Test
  void theSubjectMappingGivesTheEsiFieldAndDisciplinesOfJournalsOutsideTheEsiList() {
    JcrTable t = new JcrTable(2023, List.of(jcr("J A", ISSN_A, "Optics", "Q1", "5")));
    SubjectMapping map = new SubjectMapping(List.of(
        new SubjectMapping.Row("OPTICS", "PHYSICS", "光学工程")));
    IndexingLists lists = new IndexingLists(List.of(), List.of(t), List.of(), List.of(), map);
    Indexing i = index(lists, work(wos(1, 2024, "J A", ISSN_A, null, null)));
    assertEquals("PHYSICS", i.esiField());
    assertEquals(List.of("光学工程"), i.disciplines());
  }

  @Test
  void partsOfOneEditionInTwoFilesAreJoinedAndConflictingYearsRejected() {
    JournalList core = new JournalList(JournalListKind.CSCD, "2023-2024", 2023, 2024,
        List.of(new JournalListEntry("甲", ISSN_A, null, null, "core")));
    JournalList ext = new JournalList(JournalListKind.CSCD, "2023-2024", 2023, 2024,
        List.of(new JournalListEntry("乙", ISSN_B, null, null, "extended")));
    IndexingLists lists = lists(List.of(core, ext), List.of());
    assertEquals(1, lists.journalLists().size());
    assertEquals("CSCD", index(lists, work(cnki(1, 2024, "乙", ISSN_B, null))).indexedInText());

    JournalList wrong = new JournalList(JournalListKind.CSCD, "2023-2024", 2023, 2025,
        List.of());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> lists(List.of(core, wrong), List.of()));
    assertTrue(e.getMessage().contains("CSCD edition 2023-2024"), e.getMessage());
  }

  @Test
  void withoutListsOnlyTheRecordsIndexesAreGiven() {
    Indexing i = index(IndexingLists.NONE, work(
        wos(1, 2023, "J", ISSN_A, null, null, "Social Sciences Citation Index (SSCI)",
            "Science Citation Index Expanded (SCI-EXPANDED)")));
    assertEquals("SCIE;SSCI", i.indexedInText());
    assertNull(i.jcrQuartile());
    assertNull(i.esiField());
  }
}
