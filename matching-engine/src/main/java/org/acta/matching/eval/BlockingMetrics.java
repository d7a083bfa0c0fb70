package org.acta.matching.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Pair completeness (share of gold pairs that blocking proposes) and the number of candidates.
 *
 * @param goldPairs gold pairs
 * @param goldPairsProposed gold pairs among the candidates
 * @param candidates candidate pairs
 * @param records records
 */
public record BlockingMetrics(long goldPairs, long goldPairsProposed, long candidates, int records) {

  /**
   * @param goldCluster gold cluster of each record, by record index
   * @param isCandidate whether blocking proposed the pair (i, j)
   */
  public static BlockingMetrics of(String[] goldCluster, BiPredicate<Integer, Integer> isCandidate,
      long candidates) {
    Map<String, List<Integer>> byGold = new HashMap<>();
    for (int i = 0; i < goldCluster.length; i++) {
      byGold.computeIfAbsent(goldCluster[i], g -> new ArrayList<>()).add(i);
    }
    long gold = 0;
    long found = 0;
    for (List<Integer> m : byGold.values()) {
      for (int x = 0; x < m.size(); x++) {
        for (int y = x + 1; y < m.size(); y++) {
          gold++;
          if (isCandidate.test(m.get(x), m.get(y))) {
            found++;
          }
        }
      }
    }
    return new BlockingMetrics(gold, found, candidates, goldCluster.length);
  }

  public double pairCompleteness() {
    return goldPairs == 0 ? 1.0 : (double) goldPairsProposed / goldPairs;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "pair completeness %.4f (%d of %d gold pairs), %d candidates for %d records (%.1f per record)",
        pairCompleteness(), goldPairsProposed, goldPairs, candidates, records,
        records == 0 ? 0.0 : (double) candidates / records);
  }
}
