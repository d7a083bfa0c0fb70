package org.acta.matching.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.dedup.FellegiSunterDeduplicator;
import org.acta.matching.dedup.PossibleMatch;
import org.acta.matching.eval.PairwiseMetrics;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;

/**
 * Engine-level benchmark runner: {@code mvn -q -pl matching-engine -am test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.acta.matching.bench.DedupBenchmarkRunner
 * -Dexec.args="dblp-acm|cora"}.
 */
public final class DedupBenchmarkRunner {
  private DedupBenchmarkRunner() {}

  public static void main(String[] args) throws Exception {
    for (String which : args.length == 0 ? new String[] {"dblp-acm", "cora"} : args) {
      List<SourceRecord> records = load(which);
      Map<String, String> gold = gold(which);
      org.acta.matching.dedup.DedupConfig c = org.acta.matching.dedup.DedupConfig.defaults();
      if (System.getProperty("em") != null) {
        c = new org.acta.matching.dedup.DedupConfig(c.matchThreshold(), c.possibleThreshold(), c.maxBlockSize(),
            c.pairsPerRecord(), c.genericTitleSpread(), Integer.getInteger("em"), c.randomPairs(), c.seed(), c.mergeRules());
      }
      if (System.getProperty("match") != null) {
        c = c.withThresholds(Double.parseDouble(System.getProperty("match")), c.possibleThreshold());
      }
      FellegiSunterDeduplicator d = Deduplicators.standard(c);
      long t0 = System.nanoTime();
      DedupResult r = d.deduplicate(records);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      Map<String, String> sys = clusters(r);
      PairwiseMetrics m = PairwiseMetrics.of(sys, gold);
      System.out.println(which + ": " + records.size() + " records, " + r.works().size() + " works, "
          + r.possibleMatches().size() + " possible, " + ms + " ms");
      System.out.println("  " + m);
      System.out.println("  " + d.lastDiagnostics());
      System.out.println("  blocking: " + blocking(records, gold));
      if (Boolean.getBoolean("show")) {
        show(r, gold, records);
      }
    }
  }

  /** Pair completeness of the standard blocker on a gold set. */
  public static org.acta.matching.eval.BlockingMetrics blocking(List<SourceRecord> records, Map<String, String> gold) {
    org.acta.matching.dedup.DedupConfig c = org.acta.matching.dedup.DedupConfig.defaults();
    org.acta.matching.dedup.MatchRecord[] recs = new org.acta.matching.dedup.MatchRecordFactory(c).build(records);
    org.acta.matching.dedup.blocking.CandidatePairs pairs =
        new org.acta.matching.dedup.blocking.StandardBlocker(c.maxBlockSize(), c.pairsPerRecord()).candidates(recs);
    String[] g = new String[records.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = gold.getOrDefault(records.get(i).sourceKey(), "single:" + i);
    }
    return org.acta.matching.eval.BlockingMetrics.of(g, pairs::contains, pairs.size());
  }

  public static List<SourceRecord> load(String which) throws Exception {
    return switch (which) {
      case "dblp-acm" -> {
        Path dir = BenchmarkTables.DATASETS.resolve("dblp-acm/leipzig");
        List<SourceRecord> all = new ArrayList<>(BenchmarkTables.read(dir.resolve("DBLP2.csv"), StandardCharsets.ISO_8859_1));
        all.addAll(BenchmarkTables.read(dir.resolve("ACM.csv"), StandardCharsets.UTF_8));
        yield all;
      }
      case "cora" -> BenchmarkTables.read(BenchmarkTables.DATASETS.resolve("cora/cora-1879/records.csv"), StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException(which);
    };
  }

  public static Map<String, String> gold(String which) throws Exception {
    return switch (which) {
      case "dblp-acm" -> BenchmarkTables.gold(BenchmarkTables.DATASETS.resolve("dblp-acm/gold/works.csv"));
      case "cora" -> BenchmarkTables.gold(BenchmarkTables.DATASETS.resolve("cora/cora-1879/gold/works.csv"));
      default -> throw new IllegalArgumentException(which);
    };
  }

  public static Map<String, String> clusters(DedupResult r) {
    Map<String, String> sys = new HashMap<>();
    for (Work w : r.works()) {
      for (SourceRecord s : w.records()) {
        sys.put(s.sourceKey(), w.id());
      }
    }
    return sys;
  }

  private static void show(DedupResult r, Map<String, String> gold, List<SourceRecord> records) {
    Map<String, SourceRecord> byKey = new HashMap<>();
    records.forEach(s -> byKey.put(s.sourceKey(), s));
    int shown = 0;
    for (Work w : r.works()) {
      Map<String, Integer> g = new HashMap<>();
      w.records().forEach(s -> g.merge(gold.get(s.sourceKey()), 1, Integer::sum));
      if (g.size() > 1 && shown++ < 15) {
        System.out.println("OVER-MERGED " + w.id() + " " + g);
        w.records().forEach(s -> System.out.println("   " + s.sourceKey() + " | " + s.title() + " | " + s.authors().size() + " | " + s.sourceTitle() + " | " + s.year()));
        w.evidence().forEach(e -> System.out.println("   ev: " + e));
      }
    }
    Map<String, String> sys = clusters(r);
    Map<String, List<String>> byGold = new HashMap<>();
    gold.forEach((k, v) -> byGold.computeIfAbsent(v, x -> new ArrayList<>()).add(k));
    shown = 0;
    for (List<String> members : byGold.values()) {
      if (members.stream().map(sys::get).distinct().count() > 1 && shown++ < 15) {
        System.out.println("NOT MERGED");
        for (String k : members) {
          SourceRecord s = byKey.get(k);
          System.out.println("   " + k + " -> " + sys.get(k) + " | " + s.title() + " | " + s.authors() .stream().map(a -> a.name()).toList() + " | " + s.sourceTitle() + " | " + s.year());
        }
      }
    }
    for (PossibleMatch p : r.possibleMatches().subList(0, Math.min(5, r.possibleMatches().size()))) {
      System.out.println("POSSIBLE " + p);
    }
  }
}
