package org.acta.matching.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonRenderer;
import org.acta.matching.work.Work;
import org.junit.jupiter.api.Test;

/**
 * The evidence of a real deduplication run (the hard-case gold set: Greek letters, markup,
 * CNKI-EI translations, series parts, corrections) reads as Chinese on the Chinese screen:
 * every sentence has Chinese words and none falls back to showing its code.
 */
class EvidenceInChineseTest {
  @Test
  void everyDedupSentenceOfTheHardCasesRendersInChinese() throws Exception {
    DedupResult result = Deduplicators.standard()
        .deduplicate(GoldRecords.load("/gold/hard-cases.csv").records);
    List<Reason> all = new ArrayList<>();
    result.works().forEach(w -> all.addAll(w.why()));
    result.possibleMatches().forEach(m -> all.addAll(m.why()));
    assertFalse(all.isEmpty());
    ReasonRenderer zh = ReasonRenderer.of(Locale.SIMPLIFIED_CHINESE);
    List<String> notChinese = new ArrayList<>();
    for (Reason r : all) {
      String words = zh.render(r);
      boolean han = words.codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      if (!han || words.contains("dedup.") || words.contains("veto.")) {
        notChinese.add(words);
      }
    }
    assertEquals(List.of(), notChinese);
    Work greek = result.works().stream()
        .filter(w -> w.records().stream().anyMatch(r -> r.sourceKey().equals("wos-a.txt#1")))
        .findFirst().orElseThrow();
    String words = String.join(" ", zh.render(greek.why()));
    assertTrue(words.contains("DOI 相同"), words);
  }
}
