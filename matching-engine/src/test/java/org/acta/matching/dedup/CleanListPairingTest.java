package org.acta.matching.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.dedup.blocking.StandardBlocker;
import org.acta.matching.dedup.score.HardRules;
import org.acta.matching.dedup.score.PairComparator;
import org.acta.matching.model.Author;
import org.acta.matching.model.DocumentType;
import org.acta.matching.model.RecordOrigin;
import org.acta.matching.model.SourceDatabase;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.junit.jupiter.api.Test;

/**
 * Two made-up clean lists of one proceedings and one journal (as DBLP and ACM list them): each
 * paper once per list, the second list writing titles, venue names and author lists its own way.
 */
class CleanListPairingTest {
  private final List<SourceRecord> records = new ArrayList<>();
  private final Map<String, Integer> ordinal = new HashMap<>();

  private String add(String file, String title, String authors, int year, String venue) {
    int n = ordinal.merge(file, 1, Integer::sum);
    SourceRecord.Builder b = SourceRecord.builder()
        .origin(new RecordOrigin(file, n, n + 1, n + 1, file + "|" + title + "|" + authors + "|" + n))
        .source(SourceDatabase.OTHER)
        .documentType(DocumentType.OTHER)
        .title(title)
        .sourceTitle(venue)
        .year(year);
    String[] names = authors.split(", ");
    for (int i = 0; i < names.length; i++) {
      b.addAuthor(Author.named(i + 1, names[i]));
    }
    SourceRecord r = b.build();
    records.add(r);
    return r.sourceKey();
  }

  @Test
  void remarksInBracketsRecurringColumnsAndLongNotesDoNotHideAPair() {
    // filler: ordinary papers listed alike in both lists, so each list is judged clean
    String[] topics = {"query optimisation", "view maintenance", "index tuning", "stream joins",
        "schema matching", "lock scheduling", "cache replacement", "bitmap indexes", "join sampling",
        "log shipping", "spatial hashing", "graph partitioning", "text retrieval", "time series",
        "data cleaning", "provenance capture", "skyline queries", "top-k ranking"};
    for (String t : topics) {
      add("left.csv", "Adaptive " + t + " for large databases", "Ana Ruiz, Bo Lindqvist", 2001, "SIGMOD Conference");
      add("right.csv", "Adaptive " + t + " for large databases", "Ana Ruiz, Bo Lindqvist", 2001,
          "International Conference on Management of Data");
    }
    // a panel: one list names the moderator and a remark, the other all panellists and another remark
    String panelL = add("left.csv", "Caching the Web: Friend or Foe? (Panel Abstract)", "Mira Okafor", 2001, "SIGMOD Conference");
    String panelR = add("right.csv", "Caching the web (panel session): friend or foe?",
        "Mira Okafor, Tom Haldane, Ugo Serra, Lin Wei", 2001, "International Conference on Management of Data");
    // a column that recurs in one year, told apart by its authors
    String edL1 = add("left.csv", "Guest editorial", "Paula Brandt, Kenji Mori", 2003, "VLDB J.");
    String edL2 = add("left.csv", "Guest editorial", "Sven Aalto", 2003, "VLDB J.");
    String edR1 = add("right.csv", "Guest editorial", "Kenji Mori, Paula Brandt", 2003, "The VLDB Journal");
    String edR2 = add("right.csv", "Guest editorial", "Sven Aalto", 2003, "The VLDB Journal");
    // a review: one list appends "- Book Review", the other the book's authors
    String revL = add("left.csv", "Mining Text Streams: A Practical Approach - Book Review", "Dora Quint", 2002, "SIGMOD Record");
    String revR = add("right.csv", "Mining text streams: a practical approach by Ivo Petrov and Jan Sova", "Dora Quint",
        2002, "ACM SIGMOD Record");

    Map<String, String> workOf = new HashMap<>();
    for (Work w : Deduplicators.standard().deduplicate(records).works()) {
      for (SourceRecord r : w.records()) {
        workOf.put(r.sourceKey(), w.id());
      }
    }
    assertEquals(workOf.get(panelL), workOf.get(panelR), "panel entry");
    assertNotEquals(workOf.get(edL1), workOf.get(edL2), "two editorials of one list");

    // the generic title needs no pages or DOI where the authors single the column out in both lists
    MatchRecord[] recs = new MatchRecordFactory(DedupConfig.defaults()).build(records);
    Map<String, MatchRecord> byKey = new HashMap<>();
    for (MatchRecord m : recs) {
      byKey.put(m.record.sourceKey(), m);
    }
    assertTrue(byKey.get(edL1).genericTitle(), "'Guest editorial' is generic");
    assertEquals(null, HardRules.needsIdentifier(byKey.get(edL1), byKey.get(edR1)), "same authors");
    assertEquals(null, HardRules.needsIdentifier(byKey.get(edL2), byKey.get(edR2)), "same author");
    assertNotEquals(null, HardRules.needsIdentifier(byKey.get(edL1), byKey.get(edR2)), "other authors");

    // the review: proposed by the title's first words, and its titles count as similar
    MatchRecord a = byKey.get(revL);
    MatchRecord b = byKey.get(revR);
    assertTrue(new StandardBlocker(64, 40).candidates(recs).contains(Math.min(a.index, b.index), Math.max(a.index, b.index)),
        "book review is a candidate pair");
    assertTrue(PairComparator.titleSimilarity(a.title, a.titleCompact, a.titleTokens, b.title, b.titleCompact,
        b.titleTokens) >= 0.82, "book review titles similar");
  }
}
