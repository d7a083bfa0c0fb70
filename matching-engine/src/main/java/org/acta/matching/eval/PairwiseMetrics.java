package org.acta.matching.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 over pairs of records put in one cluster, as the shared
 * scorer computes them.
 *
 * @param truePositives pairs together in both
 * @param predicted pairs together in the system output
 * @param gold pairs together in the gold standard
 */
public record PairwiseMetrics(long truePositives, long predicted, long gold) {

  /**
   * Compares two clusterings of the same keys.
   *
   * @param system key → system cluster id
   * @param goldClusters key → gold cluster id (keys missing from {@code system} count as
   *     singletons)
   */
  public static PairwiseMetrics of(Map<String, String> system, Map<String, String> goldClusters) {
    Map<String, Long> cell = new HashMap<>();
    Map<String, Long> sys = new HashMap<>();
    Map<String, Long> gold = new HashMap<>();
    for (Map.Entry<String, String> e : goldClusters.entrySet()) {
      String s = system.getOrDefault(e.getKey(), "\u0000missing:" + e.getKey());
      cell.merge(s + "\u0001" + e.getValue(), 1L, Long::sum);
      sys.merge(s, 1L, Long::sum);
      gold.merge(e.getValue(), 1L, Long::sum);
    }
    return new PairwiseMetrics(pairs(cell), pairs(sys), pairs(gold));
  }

  private static long pairs(Map<String, Long> sizes) {
    long p = 0;
    for (long n : sizes.values()) {
      p += n * (n - 1) / 2;
    }
    return p;
  }

  public double precision() {
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 1.0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "precision %.4f recall %.4f f1 %.4f (pairs: output %d, gold %d, common %d)",
        precision(), recall(), f1(), predicted, gold, truePositives);
  }
}
