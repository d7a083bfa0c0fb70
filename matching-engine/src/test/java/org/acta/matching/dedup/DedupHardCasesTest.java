package org.acta.matching.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.acta.matching.eval.PairwiseMetrics;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression gold set of hard cases (src/test/resources/gold/hard-cases.csv): the engine must
 * merge the cross-source and cross-language duplicates and keep every false friend apart.
 */
class DedupHardCasesTest {
  private static GoldRecords gold;
  private static DedupResult result;
  private static Map<String, Work> workOf;

  @BeforeAll
  static void run() throws Exception {
    gold = GoldRecords.load("/gold/hard-cases.csv");
    result = Deduplicators.standard().deduplicate(gold.records);
    workOf = new HashMap<>();
    for (Work w : result.works()) {
      for (SourceRecord r : w.records()) {
        workOf.put(r.sourceKey(), w);
      }
    }
  }

  private static Work work(String key) {
    return workOf.get(key);
  }

  @Test
  void pairwiseF1OnTheGoldSetDoesNotDrop() {
    Map<String, String> sys = new HashMap<>();
    workOf.forEach((k, w) -> sys.put(k, w.id()));
    PairwiseMetrics m = PairwiseMetrics.of(sys, gold.goldWorkOf);
    assertEquals(1.0, m.precision(), "a false merge: " + m);
    assertTrue(m.f1() >= 0.95, "F1 dropped: " + m);
  }

  @Test
  void wosAndEiRecordsOfOnePaperMergeDespiteGreekMarkupAndDash() {
    Work w = work("wos-a.txt#1");
    assertEquals(w, work("ei-a.csv#1"));
    assertEquals(w, work("wos-b.txt#1"), "the same WoS record in two exports");
    String evidence = String.join(" ", w.evidence());
    assertTrue(evidence.contains("same DOI"), evidence);
  }

  @Test
  void cnkiRecordMergesWithItsEiTranslationWithoutDoi() {
    Work w = work("cnki-a.txt#1");
    assertEquals(w, work("ei-a.csv#2"));
    String evidence = String.join(" ", w.evidence());
    assertTrue(evidence.contains("ISSN/CN") && evidence.contains("pages"), evidence);
    assertTrue(w.merged().get(WorkField.TITLE).contains("纳米管"), "Chinese work keeps CNKI's title");
    assertTrue(w.merged().get(WorkField.TITLE_ALT).startsWith("Preparation"), "EI's English title as the other-language title");
    assertEquals("1009-9638", w.merged().get(WorkField.ISSN));
  }

  @Test
  void partOneAndPartTwoStayApartWhilePartTwoMergesAcrossSources() {
    assertNotEquals(work("wos-a.txt#2"), work("wos-a.txt#3"));
    assertEquals(work("wos-a.txt#3"), work("ei-a.csv#3"), "Part II = Part 2");
  }

  @Test
  void corrigendumStaysApartFromThePaper() {
    assertNotEquals(work("wos-a.txt#4"), work("wos-a.txt#5"));
    assertEquals(work("wos-a.txt#5"), work("ei-a.csv#4"));
  }

  @Test
  void conferenceVersionAndJournalVersionStayApart() {
    assertEquals(work("wos-a.txt#6"), work("ei-a.csv#5"));
    assertNotEquals(work("wos-a.txt#6"), work("wos-a.txt#7"));
  }

  @Test
  void genericTitlesOfOneJournalStayApart() {
    List<Work> editorials = List.of(work("wos-a.txt#8"), work("wos-a.txt#9"), work("ei-a.csv#6"),
        work("cnki-a.txt#2"), work("cnki-a.txt#3"));
    assertEquals(5, editorials.stream().map(Work::id).distinct().count());
  }

  @Test
  void twoPapersOfOneGroupInOneIssueStayApart() {
    assertNotEquals(work("wos-a.txt#10"), work("wos-a.txt#11"));
    assertEquals(work("wos-a.txt#11"), work("ei-a.csv#7"));
    assertNotEquals(work("wos-a.txt#13"), work("wos-a.txt#14"));
  }

  @Test
  void earlyAccessYearAndCompendexInspecDoubleMerge() {
    Work w = work("wos-a.txt#12");
    assertEquals(w, work("ei-a.csv#8"));
    assertEquals(w, work("ei-b.csv#1"));
  }

  @Test
  void cnkiRecordInTwoExportsAndItsEiRecordMerge() {
    Work w = work("cnki-a.txt#4");
    assertEquals(w, work("cnki-b.txt#1"));
    assertEquals(w, work("ei-a.csv#9"));
  }

  @Test
  void workIdsAreStableWhateverTheInputOrder() {
    List<SourceRecord> shuffled = new ArrayList<>(gold.records);
    Collections.shuffle(shuffled, new java.util.Random(7));
    DedupResult again = Deduplicators.standard().deduplicate(shuffled);
    Map<String, String> before = result.works().stream()
        .collect(Collectors.toMap(Work::id, w -> w.records().stream().map(SourceRecord::sourceKey).sorted().toList().toString()));
    Map<String, String> after = again.works().stream()
        .collect(Collectors.toMap(Work::id, w -> w.records().stream().map(SourceRecord::sourceKey).sorted().toList().toString()));
    assertEquals(before, after);
  }

  @Test
  void everyFieldOfTheMergedWorkCarriesItsProvenance() {
    Work w = work("wos-a.txt#1");
    w.merged().fields().forEach((f, v) -> {
      assertTrue(v.sourceKey() != null && !v.sourceKey().isBlank(), f + " without source");
      assertTrue(v.rule() != null && !v.rule().isBlank(), f + " without rule");
    });
    assertEquals("10.99999/ijhm.2023.101", w.merged().get(WorkField.DOI));
    assertEquals("WOS:000000000000101", w.merged().get(WorkField.WOS_UT));
  }
}
