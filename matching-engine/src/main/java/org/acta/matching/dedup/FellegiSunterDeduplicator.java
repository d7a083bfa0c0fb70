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
import org.acta.matching.explain.ListStyle;
import org.acta.matching.explain.Reason;
import org.acta.matching.explain.ReasonCode;
import org.acta.matching.model.SourceRecord;
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
   * @param cpuMillis process CPU time per stage (all threads, garbage collection included): on a
   *     machine shared with other work, the figure that wall time cannot give
   */
  public record Diagnostics(int records, long candidatePairs, long matchLinks, long refusedLinks,
      long possible, String model, Map<String, Long> millis, Map<String, Long> cpuMillis) {}

  /** What linking decided, and its counts for the diagnostics. */
  private record Linked(WorkAssembly works, long candidatePairs, long matchLinks, long refusedLinks,
      String model) {}

  public Diagnostics lastDiagnostics() {
    return lastDiagnostics;
  }

  @Override
  public DedupResult deduplicate(List<SourceRecord> records) {
    StageTimes times = new StageTimes();
    Linked linked = link(records, times);
    // the match records are garbage from here on: the merged views have the heap without them
    DedupResult result = linked.works().assemble(records, WorkMerger.forOneRun(config.mergeRules()));
    times.lap("works");
    lastDiagnostics = new Diagnostics(records.size(), linked.candidatePairs(), linked.matchLinks(),
        linked.refusedLinks(), result.possibleMatches().size(), linked.model(), times.millis(),
        times.cpuMillis());
    LOG.fine(() -> "dedup " + lastDiagnostics);
    return result;
  }

  /** Normalises, blocks, compares, scores and clusters: everything that needs the match records. */
  private Linked link(List<SourceRecord> records, StageTimes times) {
    MatchRecord[] recs = new MatchRecordFactory(config).build(records);
    times.lap("normalise");

    FellegiSunterModel model = new FellegiSunterModel();
    model.estimateU(randomPairLevels(recs));
    times.lap("sample-u");

    CandidatePairs pairs = blocker.candidates(recs);
    times.lap("block");

    int n = pairs.size();
    int[] codes = new int[n];
    IntStream.range(0, n).parallel()
        .forEach(k -> codes[k] = comparator.compare(recs[pairs.first(k)], recs[pairs.second(k)]));
    long[] counts = new long[ComparisonVector.patterns()];
    for (int c : codes) {
      counts[c]++;
    }
    times.lap("compare");

    model.estimateMandU(counts, config.emIterations());
    double[] prob = model.probabilityTable(counts);
    times.lap("em");

    // decisions: forced links for the same record exported twice, scored links otherwise
    List<long[]> matchEdges = new ArrayList<>();
    List<Integer> possibleIdx = new ArrayList<>();
    double[] pairProb = new double[n];
    Reason[] vetoOf = new Reason[n];
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
    Map<Integer, Reason> refused = new LinkedHashMap<>();
    for (long[] e : matchEdges) {
      int k = (int) e[0];
      Reason why = clusterer.link(pairs.first(k), pairs.second(k));
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
    times.lap("cluster");

    // clusters numbered in the order of their first record: the order of the works
    int[] clusterOf = new int[recs.length];
    int[] numberOfRoot = new int[recs.length];
    Arrays.fill(numberOfRoot, -1);
    int clusters = 0;
    for (int i = 0; i < recs.length; i++) {
      int r = clusterer.find(i);
      if (numberOfRoot[r] < 0) {
        numberOfRoot[r] = clusters++;
      }
      clusterOf[i] = numberOfRoot[r];
    }
    numberOfRoot = null;
    // evidence of every link, worded in parallel, filed in link order
    @SuppressWarnings("unchecked")
    List<Reason>[] evidence = new List[clusters];
    Reason[] acceptedWhy = new Reason[accepted.size()];
    IntStream.range(0, acceptedWhy.length).parallel().forEach(x -> {
      int k = accepted.get(x);
      MatchRecord a = recs[pairs.first(k)];
      MatchRecord b = recs[pairs.second(k)];
      List<Reason> why;
      if (sameRecord(a, b)) {
        why = List.of(ReasonCode.DEDUP_SAME_RECORD.with(a.sourceId != null ? a.sourceId
            : ReasonCode.DEDUP_IDENTICAL_TEXT.with()));
      } else {
        int[] lv = new int[Field.values().length];
        comparator.levels(a, b, lv);
        why = EvidenceWriter.describe(a, b, lv, pairProb[k]);
      }
      acceptedWhy[x] = pair(a, b, why);
    });
    for (int x = 0; x < acceptedWhy.length; x++) {
      file(evidence, clusterOf[pairs.first(accepted.get(x))], acceptedWhy[x]);
    }
    for (OneToOneLinker.Link l : oneToOne) {
      MatchRecord a = recs[pairs.first(l.pair())];
      MatchRecord b = recs[pairs.second(l.pair())];
      int[] lv = new int[Field.values().length];
      comparator.levels(a, b, lv);
      List<Reason> why = new ArrayList<>(EvidenceWriter.describe(a, b, lv, l.probability()));
      why.add(0, l.describe());
      file(evidence, clusterOf[a.index], pair(a, b, why));
    }
    for (CitationListLinker.Link l : citationAccepted) {
      MatchRecord a = recs[l.a()];
      MatchRecord b = recs[l.b()];
      file(evidence, clusterOf[a.index], pair(a, b, List.of(l.describe())));
    }
    // pairs for review: the undecided ones, then the match links a hard rule refused, each only
    // when a person can settle it (ReviewWorthiness)
    int reviewed = possibleIdx.size() + refused.size();
    int[] reviewPair = new int[reviewed];
    Reason[] reviewNote = new Reason[reviewed];
    int q = 0;
    Reason[] refusalOf = new Reason[reviewed];
    for (int k : possibleIdx) {
      reviewPair[q] = k;
      refusalOf[q] = vetoOf[k];
      reviewNote[q++] = vetoOf[k];
    }
    for (Map.Entry<Integer, Reason> r : refused.entrySet()) {
      reviewPair[q] = r.getKey();
      refusalOf[q] = r.getValue();
      reviewNote[q++] = ReasonCode.DEDUP_KEPT_APART.with(r.getValue());
    }
    WorkAssembly.PossibleLink[] review = new WorkAssembly.PossibleLink[reviewed];
    IntStream.range(0, reviewed).parallel().forEach(x -> {
      int k = reviewPair[x];
      MatchRecord a = recs[pairs.first(k)];
      MatchRecord b = recs[pairs.second(k)];
      if (clusterOf[a.index] == clusterOf[b.index]) {
        return; // joined through other links
      }
      if (!ReviewWorthiness.worthReview(refusalOf[x], a, b)) {
        return; // a hard rule decided on what both records say
      }
      int[] lv = new int[Field.values().length];
      comparator.levels(a, b, lv);
      List<Reason> ev = new ArrayList<>(EvidenceWriter.describe(a, b, lv, pairProb[k]));
      if (reviewNote[x] != null) {
        ev.add(0, reviewNote[x]);
      }
      review[x] = new WorkAssembly.PossibleLink(a.index, b.index, pairProb[k], ev);
    });
    List<WorkAssembly.PossibleLink> possible = new ArrayList<>();
    for (WorkAssembly.PossibleLink p : review) {
      if (p != null) {
        possible.add(p);
      }
    }
    String[] naturalKeys = new String[recs.length];
    for (int i = 0; i < recs.length; i++) {
      naturalKeys[i] = recs[i].naturalKey;
    }
    return new Linked(new WorkAssembly(clusterOf, clusters, naturalKeys, evidence, possible), n,
        matchEdges.size(), refused.size(), model.describe());
  }

  private static void file(List<Reason>[] evidence, int cluster, Reason why) {
    if (evidence[cluster] == null) {
      evidence[cluster] = new ArrayList<>(2);
    }
    evidence[cluster].add(why);
  }

  /** Why two records are one work: "keyA = keyB: same DOI (…); titles identical; …". */
  private static Reason pair(MatchRecord a, MatchRecord b, List<Reason> why) {
    return ReasonCode.DEDUP_PAIR.with(a.record.sourceKey(), b.record.sourceKey(),
        Reason.list(ListStyle.SEMICOLON, why));
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

  @Override
  public String toString() {
    return "FellegiSunterDeduplicator" + Arrays.toString(config.describe().entrySet().toArray());
  }
}
