package org.acta.matching.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.acta.matching.work.MergeRules;

/**
 * The deduplication engine's tunables, with safe defaults. Describes itself
 * ({@link #describe()}) so logs and the admin UI can show the active configuration.
 *
 * @param matchThreshold match probability at or above which two records are the same work
 * @param possibleThreshold probability at or above which a pair goes to review
 * @param maxBlockSize blocks larger than this are not expanded into pairs (they say little)
 * @param pairsPerRecord comparison budget: at most this many candidate pairs per record
 * @param genericTitleSpread a title seen in this many venues (or more years) is generic
 * @param emIterations EM iterations for the match (m) probabilities
 * @param randomPairs random record pairs sampled to estimate the non-match (u) probabilities
 * @param seed seed of that sample, so runs are reproducible
 * @param mergeRules which source wins for each field of the merged work
 */
public record DedupConfig(
    double matchThreshold,
    double possibleThreshold,
    int maxBlockSize,
    int pairsPerRecord,
    int genericTitleSpread,
    int emIterations,
    int randomPairs,
    long seed,
    MergeRules mergeRules) {

  public DedupConfig {
    if (!(possibleThreshold <= matchThreshold && matchThreshold <= 1 && possibleThreshold > 0)) {
      throw new IllegalArgumentException(
          "need 0 < possibleThreshold <= matchThreshold <= 1: " + possibleThreshold + ", " + matchThreshold);
    }
    if (maxBlockSize < 2 || pairsPerRecord < 1) {
      throw new IllegalArgumentException("maxBlockSize >= 2 and pairsPerRecord >= 1 required");
    }
  }

  /** Defaults measured on the benchmarks in docs/benchmarks.md. */
  public static DedupConfig defaults() {
    return new DedupConfig(0.9, 0.5, 64, 40, 3, 5, 50_000, 20231122L, MergeRules.defaults());
  }

  public DedupConfig withThresholds(double match, double possible) {
    return new DedupConfig(match, possible, maxBlockSize, pairsPerRecord, genericTitleSpread,
        emIterations, randomPairs, seed, mergeRules);
  }

  public DedupConfig withMergeRules(MergeRules rules) {
    return new DedupConfig(matchThreshold, possibleThreshold, maxBlockSize, pairsPerRecord,
        genericTitleSpread, emIterations, randomPairs, seed, rules);
  }

  /** Parameter name → value and meaning, for logs and the admin UI. */
  public Map<String, String> describe() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("matchThreshold", matchThreshold + " (probability from which two records are one work)");
    d.put("possibleThreshold", possibleThreshold + " (probability from which a pair goes to review)");
    d.put("maxBlockSize", maxBlockSize + " (larger blocks are not compared pair by pair)");
    d.put("pairsPerRecord", pairsPerRecord + " (comparison budget per record)");
    d.put("genericTitleSpread", genericTitleSpread + " (venues in which a title makes it generic)");
    d.put("emIterations", emIterations + " (EM iterations estimating match probabilities)");
    d.put("randomPairs", randomPairs + " (random pairs estimating non-match probabilities)");
    d.put("seed", Long.toString(seed));
    d.put("mergeRules", mergeRules.describe());
    return d;
  }
}
