package org.acta.matching.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.dedup.blocking.CandidatePairs;
import org.acta.matching.dedup.cluster.ConstrainedClusterer;
import org.acta.matching.dedup.score.HardRules;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonCode;

/**
 * Promotes a possible match to a match when two clean lists (database exports, each listing a
 * paper once) leave no other choice: each record is the other's single most likely partner
 * outside its own list, and no hard rule objects. A conference panel that DBLP lists under its
 * moderator and ACM under all six panellists scores only 0.7 on its own, but within two lists of
 * one proceedings it can only be this pair.
 *
 * <p>Ties are not promoted (two equally likely partners stay in review), nor pairs below the
 * review threshold; the clusterer still enforces every hard rule, including that a work holds one
 * record per clean list.
 */
final class OneToOneLinker {
  /** A promoted pair: candidate-pair index and its probability. */
  record Link(int pair, double probability) {
    Reason describe() {
      return ReasonCode.DEDUP_ONE_TO_ONE.with(probability);
    }
  }

  private final double possibleThreshold;
  private final double matchThreshold;

  OneToOneLinker(double possibleThreshold, double matchThreshold) {
    this.possibleThreshold = possibleThreshold;
    this.matchThreshold = matchThreshold;
  }

  /**
   * Links the promoted pairs in {@code clusterer}, most likely first, and returns those it
   * accepted.
   *
   * @param vetoOf the hard-rule reason of each pair at or above the review threshold, or null
   */
  List<Link> link(MatchRecord[] recs, CandidatePairs pairs, double[] prob, Reason[] vetoOf,
      ConstrainedClusterer clusterer) {
    int n = recs.length;
    // listings as small ints: this loop runs over every candidate pair
    Map<String, Integer> listingIds = new HashMap<>();
    int[] listing = new int[n];
    boolean anyClean = false;
    for (int i = 0; i < n; i++) {
      listing[i] = listingIds.computeIfAbsent(recs[i].listing, k -> listingIds.size());
      anyClean |= recs[i].cleanFile();
    }
    if (!anyClean || listingIds.size() < 2) {
      return List.of();
    }
    double[] best = new double[n];
    double[] second = new double[n];
    int[] bestPair = new int[n];
    Arrays.fill(bestPair, -1);
    for (int k = 0; k < pairs.size(); k++) {
      int a = pairs.first(k);
      int b = pairs.second(k);
      if (listing[a] == listing[b] || vetoOf[k] != null) {
        continue;
      }
      offer(a, k, prob[k], best, second, bestPair);
      offer(b, k, prob[k], best, second, bestPair);
    }
    List<Link> candidates = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      double p = prob[k];
      if (p < possibleThreshold || p >= matchThreshold || vetoOf[k] != null) {
        continue;
      }
      int a = pairs.first(k);
      int b = pairs.second(k);
      MatchRecord ra = recs[a];
      MatchRecord rb = recs[b];
      if (ra.cleanFile() && rb.cleanFile() && listing[a] != listing[b]
          && bestPair[a] == k && bestPair[b] == k && second[a] < p && second[b] < p
          && HardRules.needsIdentifier(ra, rb) == null) {
        candidates.add(new Link(k, p));
      }
    }
    candidates.sort((x, y) -> {
      int c = Double.compare(y.probability(), x.probability());
      return c != 0 ? c : Integer.compare(x.pair(), y.pair());
    });
    List<Link> accepted = new ArrayList<>();
    for (Link l : candidates) {
      int a = pairs.first(l.pair());
      int b = pairs.second(l.pair());
      if (clusterer.find(a) != clusterer.find(b) && clusterer.link(a, b) == null) {
        accepted.add(l);
      }
    }
    return accepted;
  }

  private static void offer(int rec, int k, double p, double[] best, double[] second, int[] bestPair) {
    if (bestPair[rec] < 0 || p > best[rec]) {
      second[rec] = bestPair[rec] < 0 ? 0 : best[rec];
      best[rec] = p;
      bestPair[rec] = k;
    } else if (p > second[rec]) {
      second[rec] = p;
    }
  }
}
