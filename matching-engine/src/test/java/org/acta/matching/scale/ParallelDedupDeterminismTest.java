package org.acta.matching.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.dedup.PossibleMatch;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deduplication runs its stages on all cores; what it decides and says must not depend on how
 * the threads were scheduled. The same generated records are deduplicated on one thread and on
 * four (parallel streams run in the pool that calls them), and every work (id, members, merged
 * view with provenance, evidence) and every possible match must come out the same.
 */
class ParallelDedupDeterminismTest {
  private static final int RECORDS = 6_000;
  private static List<SourceRecord> records;
  private static DedupResult oneThread;

  @BeforeAll
  static void dedupOnOneThread() throws Exception {
    records = generated();
    oneThread = dedupIn(new ForkJoinPool(1), records);
  }

  @Test
  void sameWorksEvidenceAndReviewOnOneThreadAsOnFour() throws Exception {
    List<String> one = describe(oneThread);
    List<String> four = describe(dedupIn(new ForkJoinPool(4), records));

    assertTrue(one.size() > RECORDS / 2, "works and possible matches: " + one.size());
    assertTrue(one.stream().anyMatch(l -> l.contains(" = ")), "some works hold linked records");
    assertEquals(one.size(), four.size(), "number of works and possible matches");
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.get(i), four.get(i), "line " + i + " differs");
    }
  }

  /**
   * A CNKI record and its EI translation are in two scripts, so their titles are not compared;
   * the evidence of such a link must not speak of title similarity (it once did, carrying over
   * the title level of the pair described before it).
   */
  @Test
  void evidenceOfCrossScriptLinksSaysNothingOfTitleSimilarity() {
    int crossScript = 0;
    for (Work w : oneThread.works()) {
      for (String sentence : w.evidence()) {
        if (sentence.startsWith("CNKI-export") && sentence.contains("= export-ei")) {
          crossScript++;
          assertFalse(sentence.contains("similar titles"), sentence);
        }
      }
    }
    assertTrue(crossScript > 50, "CNKI–EI links found: " + crossScript);
  }

  private static List<SourceRecord> generated() {
    List<SourceRecord> records = new ArrayList<>();
    for (PerturbingRecordGenerator.Generated g : new PerturbingRecordGenerator(7, 20_000, 30).generate(RECORDS)) {
      records.add(g.record());
    }
    assertTrue(records.stream().anyMatch(r -> r.source() == SourceDatabase.CNKI));
    return records;
  }

  private static DedupResult dedupIn(ForkJoinPool pool, List<SourceRecord> records) throws Exception {
    try {
      return pool.submit(() -> Deduplicators.standard().deduplicate(records)).get();
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> describe(DedupResult r) {
    List<String> lines = new ArrayList<>();
    for (Work w : r.works()) {
      StringBuilder b = new StringBuilder(w.id());
      for (SourceRecord s : w.records()) {
        b.append(' ').append(s.sourceKey());
      }
      lines.add(b.append(" | ").append(new TreeMap<>(w.merged().fields())).append(" | ")
          .append(w.evidence()).toString());
    }
    for (PossibleMatch p : r.possibleMatches()) {
      lines.add(p.toString());
    }
    return lines;
  }
}
