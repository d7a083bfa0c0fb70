package org.acta.matching.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.acta.matching.dedup.blocking.Blocker;
import org.acta.matching.dedup.blocking.CandidatePairs;
import org.acta.matching.dedup.blocking.StandardBlocker;
import org.acta.matching.dedup.cluster.ConstrainedClusterer;
import org.acta.matching.dedup.score.ComparisonVector;
import org.acta.matching.dedup.score.EvidenceWriter;
import org.acta.matching.dedup.score.FellegiSunterModel;
import org.acta.matching.dedup.score.Field;
import org.acta.matching.dedup.score.HardRules;
import org.acta.matching.dedup.score.PairComparator;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.MergedWork;
import org.acta.matching.work.Work;
import org.acta.matching.work.WorkIds;
import org.acta.matching.work.WorkMerger;

/**
 * The standard deduplication engine: normalise each record once, block, compare candidate pairs
 * into comparison vectors, score them with a Fellegi–Sunter model estimated from the data itself
 * (u from random pairs, m by EM; no labels), apply the hard rules, and cluster match links
 * strongest first without letting weak links chain. Pairs between the two thresholds, and match
 * links a hard rule refused, become {@link PossibleMatch}es for review.
 *
 * <p>Stateless between calls and thread-safe; uses all cores for normalising and comparing.
 */
public final class FellegiSunterDeduplicator implements Deduplicator {
  private static final Logger LOG = Logger.getLogger(FellegiSunterDeduplicator.class.getName());
  private static final int MAX_WORK_SIZE = 1000;

  private final DedupConfig config;
  private final Blocker blocker;
  private final PairComparator comparator = new PairComparator();
  private volatile Diagnostics lastDiagnostics;

  public FellegiSunterDeduplicator(DedupConfig config) {
    this(config, new StandardBlocker(config.maxBlockSize(), config.pairsPerRecord()));
  }

  public FellegiSunterDeduplicator(DedupConfig config, Blocker blocker) {
    this.config = config;
    this.blocker = blocker;
  }

  /**
   * What the last run did (pairs, model, timings), for benchmarks and logs.
   *
   * @param records records deduplicated
   * @param candidatePairs pairs compared
   * @param matchLinks links at or above the match threshold
   * @param refusedLinks match links refused by a hard rule during clustering
   * @param possible pairs sent to review
   * @param model the estimated model, in words
   * @param millis time per stage
   */
  public record Diagnostics(int records, long candidatePairs, long matchLinks, long refusedLinks,
      long possible, String model, Map<String, Long> millis) {}

  public Diagnostics lastDiagnostics() {
    return lastDiagnostics;
  }

  @Override
  public DedupResult deduplicate(List<SourceRecord> records) {
    Map<String, Long> millis = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    MatchRecord[] recs = new MatchRecordFactory(config).build(records);
    long t1 = lap(millis, "normalise", t0);

    FellegiSunterModel model = new FellegiSunterModel();
    model.estimateU(randomPairLevels(recs));
    long t2 = lap(millis, "sample-u", t1);

    CandidatePairs pairs = blocker.candidates(recs);
    long t3 = lap(millis, "block", t2);

    int n = pairs.size();
    int[] codes = new int[n];
    IntStream.range(0, n).parallel()
        .forEach(k -> codes[k] = comparator.compare(recs[pairs.first(k)], recs[pairs.second(k)]));
    long[] counts = new long[ComparisonVector.patterns()];
    for (int c : codes) {
      counts[c]++;
    }
    long t4 = lap(millis, "compare", t3);

    model.estimateMandU(counts, config.emIterations());
    double[] prob = model.probabilityTable(counts);
    long t5 = lap(millis, "em", t4);

    // decisions: forced links for the same record exported twice, scored links otherwise
    List<long[]> matchEdges = new ArrayList<>();
    List<Integer> possibleIdx = new ArrayList<>();
    double[] pairProb = new double[n];
    String[] vetoOf = new String[n];
    IntStream.range(0, n).parallel().forEach(k -> {
      MatchRecord a = recs[pairs.first(k)];
      MatchRecord b = recs[pairs.second(k)];
      boolean same = sameRecord(a, b);
      double p = same ? 1.0 : prob[codes[k]];
      if (p >= config.possibleThreshold() && !same) {
        vetoOf[k] = HardRules.veto(a, b);
        if (vetoOf[k] == null && p >= config.matchThreshold()) {
          vetoOf[k] = HardRules.needsIdentifier(a, b);
        }
      }
      pairProb[k] = p;
    });
    for (int k = 0; k < n; k++) {
      double p = pairProb[k];
      if (p >= config.matchThreshold() && vetoOf[k] == null) {
        matchEdges.add(new long[] {k, Double.doubleToLongBits(p), 0});
      } else if (p >= config.possibleThreshold()) {
        possibleIdx.add(k);
      }
    }
    // strongest first; equally likely links by closer titles (one record, two candidates that
    // differ only in where a remark sits), then by pair order so thread timing does not matter
    for (long[] e : matchEdges) {
      int k = (int) e[0];
      e[2] = Double.doubleToLongBits(PairComparator.titleCloseness(recs[pairs.first(k)], recs[pairs.second(k)]));
    }
    matchEdges.sort((x, y) -> {
      int c = Double.compare(Double.longBitsToDouble(y[1]), Double.longBitsToDouble(x[1]));
      if (c == 0) {
        c = Double.compare(Double.longBitsToDouble(y[2]), Double.longBitsToDouble(x[2]));
      }
      return c != 0 ? c : Long.compare(x[0], y[0]);
    });
    // citation-list mode: title-led links, proposed now because the titles they show cited in
    // two versions (a report and its publication) constrain the clustering below
    List<CitationListLinker.Link> citationLinks = new CitationListLinker().links(recs);
    CitedVersions.mark(recs, citationLinks);
    ConstrainedClusterer clusterer = new ConstrainedClusterer(recs.length,
        (x, y) -> sameRecord(recs[x], recs[y]) ? null : HardRules.veto(recs[x], recs[y]), MAX_WORK_SIZE);
    List<Integer> accepted = new ArrayList<>();
    Map<Integer, String> refused = new LinkedHashMap<>();
    for (long[] e : matchEdges) {
      int k = (int) e[0];
      String why = clusterer.link(pairs.first(k), pairs.second(k));
      if (why == null) {
        accepted.add(k);
      } else {
        refused.put(k, why);
      }
    }
    // two clean lists: a possible match that is each record's only likely partner
    List<OneToOneLinker.Link> oneToOne = new OneToOneLinker(config.possibleThreshold(),
        config.matchThreshold()).link(recs, pairs, pairProb, vetoOf, clusterer);
    // citation-list mode: title-led links inside files that repeat papers (after the scored
    // links, so the model's stronger evidence shapes the clusters first)
    List<CitationListLinker.Link> citationAccepted = new ArrayList<>();
    for (CitationListLinker.Link l : citationLinks) {
      if (clusterer.find(l.a()) != clusterer.find(l.b()) && clusterer.link(l.a(), l.b()) == null) {
        citationAccepted.add(l);
      }
    }
    long t6 = lap(millis, "cluster", t5);

    // works
    int[] root = new int[recs.length];
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < recs.length; i++) {
      root[i] = clusterer.find(i);
      groups.computeIfAbsent(root[i], r -> new ArrayList<>(2)).add(i);
    }
    Map<Integer, List<String>> evidence = new LinkedHashMap<>();
    int[] lv = new int[Field.values().length];
    for (int k : accepted) {
      MatchRecord a = recs[pairs.first(k)];
      MatchRecord b = recs[pairs.second(k)];
      String line;
      if (sameRecord(a, b)) {
        line = "the same database record exported twice (" + (a.sourceId != null ? a.sourceId : "identical text") + ")";
      } else {
        comparator.levels(a, b, lv);
        line = String.join("; ", EvidenceWriter.describe(a, b, lv, pairProb[k]));
      }
      evidence.computeIfAbsent(root[a.index], r -> new ArrayList<>())
          .add(a.record.sourceKey() + " = " + b.record.sourceKey() + ": " + line);
    }
    for (OneToOneLinker.Link l : oneToOne) {
      MatchRecord a = recs[pairs.first(l.pair())];
      MatchRecord b = recs[pairs.second(l.pair())];
      comparator.levels(a, b, lv);
      List<String> words = new ArrayList<>(EvidenceWriter.describe(a, b, lv, l.probability()));
      words.add(0, l.describe());
      evidence.computeIfAbsent(root[a.index], r -> new ArrayList<>())
          .add(a.record.sourceKey() + " = " + b.record.sourceKey() + ": " + String.join("; ", words));
    }
    for (CitationListLinker.Link l : citationAccepted) {
      MatchRecord a = recs[l.a()];
      MatchRecord b = recs[l.b()];
      evidence.computeIfAbsent(root[a.index], r -> new ArrayList<>())
          .add(a.record.sourceKey() + " = " + b.record.sourceKey() + ": " + l.describe());
    }
    WorkMerger merger = new WorkMerger(config.mergeRules());
    String[] workIdOf = new String[recs.length];
    List<List<Integer>> groupList = new ArrayList<>(groups.values());
    List<Integer> roots = new ArrayList<>(groups.keySet());
    String[] ids = new String[groupList.size()];
    IntStream.range(0, groupList.size()).parallel().forEach(g -> {
      List<String> keys = new ArrayList<>(groupList.get(g).size());
      for (int i : groupList.get(g)) {
        keys.add(recs[i].naturalKey);
      }
      ids[g] = WorkIds.ofNaturalKeys(keys);
    });
    Map<String, Integer> usedIds = new java.util.HashMap<>();
    for (int g = 0; g < ids.length; g++) {
      int seen = usedIds.merge(ids[g], 1, Integer::sum);
      if (seen > 1) {
        ids[g] = ids[g] + "-" + seen; // identical records a hard rule kept apart
      }
      for (int i : groupList.get(g)) {
        workIdOf[i] = ids[g];
      }
    }
    Work[] built = new Work[ids.length];
    IntStream.range(0, ids.length).parallel().forEach(g -> {
      List<SourceRecord> members = new ArrayList<>(groupList.get(g).size());
      for (int i : groupList.get(g)) {
        members.add(records.get(i));
      }
      built[g] = new Work(ids[g], members, merger.merge(members),
          evidence.getOrDefault(roots.get(g), List.of()));
    });
    List<Work> works = Arrays.asList(built);
    List<PossibleMatch> possible = new ArrayList<>();
    for (int k : possibleIdx) {
      addPossible(possible, recs, pairs, k, pairProb[k], root, workIdOf, vetoOf[k], lv);
    }
    for (Map.Entry<Integer, String> r : refused.entrySet()) {
      addPossible(possible, recs, pairs, r.getKey(), pairProb[r.getKey()], root, workIdOf,
          "kept apart: " + r.getValue(), lv);
    }
    lap(millis, "works", t6);
    lastDiagnostics = new Diagnostics(recs.length, n, matchEdges.size(), refused.size(),
        possible.size(), model.describe(), millis);
    LOG.fine(() -> "dedup " + lastDiagnostics);
    return new DedupResult(works, possible);
  }

  private void addPossible(List<PossibleMatch> out, MatchRecord[] recs, CandidatePairs pairs, int k,
      double p, int[] root, String[] workIdOf, String note, int[] lv) {
    MatchRecord a = recs[pairs.first(k)];
    MatchRecord b = recs[pairs.second(k)];
    if (root[a.index] == root[b.index]) {
      return; // joined through other links
    }
    comparator.levels(a, b, lv);
    List<String> ev = new ArrayList<>(EvidenceWriter.describe(a, b, lv, p));
    if (note != null) {
      ev.add(0, note);
    }
    out.add(new PossibleMatch(workIdOf[a.index], a.record.sourceKey(), workIdOf[b.index],
        b.record.sourceKey(), p, ev));
  }

  /** The same database record read twice (overlapping exports). */
  static boolean sameRecord(MatchRecord a, MatchRecord b) {
    if (a.sourceId != null) {
      return a.sourceId.equals(b.sourceId);
    }
    return b.sourceId == null && a.source == b.source
        && a.naturalKey.equals(b.naturalKey);
  }

  /** Level counts of random record pairs: the non-match (u) distribution. */
  private long[][] randomPairLevels(MatchRecord[] recs) {
    long[][] counts = new long[Field.values().length][];
    for (Field f : Field.values()) {
      counts[f.ordinal()] = new long[f.levels()];
    }
    int n = recs.length;
    if (n < 2) {
      return counts;
    }
    long all = (long) n * (n - 1) / 2;
    int samples = (int) Math.min(config.randomPairs(), all);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    long[][][] partial = new long[threads][][];
    IntStream.range(0, threads).parallel().forEach(t -> {
      long[][] c = new long[Field.values().length][];
      for (Field f : Field.values()) {
        c[f.ordinal()] = new long[f.levels()];
      }
      int[] lv = new int[Field.values().length];
      SplittableRandom rnd = new SplittableRandom(config.seed() + t);
      int share = samples / threads + (t < samples % threads ? 1 : 0);
      for (int s = 0; s < share; s++) {
        int i;
        int j;
        if (all == samples) {
          // small input: enumerate instead of sampling (index -> pair)
          long idx = (long) s * threads + t;
          i = (int) ((1 + Math.sqrt(1 + 8.0 * idx)) / 2);
          while ((long) i * (i - 1) / 2 > idx) {
            i--;
          }
          while ((long) (i + 1) * i / 2 <= idx) {
            i++;
          }
          j = (int) (idx - (long) i * (i - 1) / 2);
        } else {
          i = rnd.nextInt(n);
          j = rnd.nextInt(n - 1);
          if (j >= i) {
            j++;
          }
        }
        comparator.levels(recs[i], recs[j], lv);
        for (int f = 0; f < lv.length; f++) {
          c[f][lv[f]]++;
        }
      }
      partial[t] = c;
    });
    for (long[][] c : partial) {
      for (int f = 0; f < c.length; f++) {
        for (int l = 0; l < c[f].length; l++) {
          counts[f][l] += c[f][l];
        }
      }
    }
    return counts;
  }

  private static long lap(Map<String, Long> millis, String stage, long since) {
    long now = System.nanoTime();
    millis.put(stage, (now - since) / 1_000_000);
    return now;
  }

  @Override
  public String toString() {
    return "FellegiSunterDeduplicator" + Arrays.toString(config.describe().entrySet().toArray());
  }
}
