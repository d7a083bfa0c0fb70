package org.acta.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.work.Work;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The public deduplication benchmarks end to end, as {@code acta pipeline} and the shared scorer
 * see them: the files go through the harvester, {@code Deduplicators.standard()} clusters them,
 * and pairwise F1 against the gold of {@code shared/datasets} must not fall materially below the
 * figures in docs/benchmarks.md (DBLP-ACM 0.9919, Cora 0.9510 since branch cora-s3). The
 * floors leave room for harmless drift, not for a lost mechanism. Skipped where shared/ is absent.
 */
class DedupGoldRegressionTest {

  @Test
  void dblpAcmLeipzigTablesAcrossFiles() throws IOException {
    Path dir = SharedData.path("datasets/dblp-acm");
    Scores s = score(List.of(dir.resolve("leipzig/DBLP2.csv"), dir.resolve("leipzig/ACM.csv")),
        dir.resolve("gold/works.csv"), true);
    assertEquals(4910, s.records, "records harvested");
    assertTrue(s.precision() >= 0.995, "DBLP-ACM precision fell: " + s);
    assertTrue(s.f1() >= 0.988, "DBLP-ACM F1 fell: " + s);
  }

  @Test
  void coraCitationList() throws IOException {
    Path dir = SharedData.path("datasets/cora/cora-1879");
    Scores s = score(List.of(dir.resolve("records.csv")), dir.resolve("gold/works.csv"), false);
    assertEquals(1879, s.records, "records harvested");
    assertTrue(s.precision() >= 0.949, "Cora precision fell: " + s);
    assertTrue(s.recall() >= 0.95, "Cora recall fell: " + s);
    assertTrue(s.f1() >= 0.95, "Cora F1 fell: " + s);
  }

  /** Pairwise counts as {@code shared/eval/score.py} makes them (optionally cross-file only). */
  record Scores(int records, long common, long output, long gold) {
    double precision() {
      return output == 0 ? 1 : (double) common / output;
    }

    double recall() {
      return gold == 0 ? 1 : (double) common / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "P %.4f R %.4f F1 %.4f (pairs: output %d, gold %d, common %d)",
          precision(), recall(), f1(), output, gold, common);
    }
  }

  private static Scores score(List<Path> files, Path goldCsv, boolean crossFileOnly) throws IOException {
    CollectingSink sink = new CollectingSink();
    Harvester h = new Harvester();
    for (Path f : files) {
      h.read(f, sink);
    }
    DedupResult r = Deduplicators.standard().deduplicate(sink.records);
    Map<String, String> system = new HashMap<>();
    for (Work w : r.works()) {
      for (SourceRecord s : w.records()) {
        system.put(s.sourceKey(), w.id());
      }
    }
    Map<String, String> gold = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(goldCsv)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        gold.put(row.get("source_key"), row.get("gold_work"));
      }
    }
    // a group of n records holds n(n-1)/2 pairs; cross-file mode leaves out the pairs of one file
    Map<String, Map<String, Long>> cells = new HashMap<>();
    Map<String, Map<String, Long>> outGroups = new HashMap<>();
    Map<String, Map<String, Long>> goldGroups = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String key = e.getKey();
      String file = key.substring(0, key.lastIndexOf('#'));
      String sys = system.getOrDefault(key, "missing:" + key);
      cells.computeIfAbsent(sys + "\u0001" + e.getValue(), k -> new HashMap<>()).merge(file, 1L, Long::sum);
      outGroups.computeIfAbsent(sys, k -> new HashMap<>()).merge(file, 1L, Long::sum);
      goldGroups.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(file, 1L, Long::sum);
    }
    return new Scores(sink.records.size(), pairs(cells, crossFileOnly), pairs(outGroups, crossFileOnly),
        pairs(goldGroups, crossFileOnly));
  }

  private static long pairs(Map<String, Map<String, Long>> groups, boolean crossFileOnly) {
    long p = 0;
    for (Map<String, Long> perFile : groups.values()) {
      long n = 0;
      long sameFile = 0;
      for (long c : perFile.values()) {
        n += c;
        sameFile += c * (c - 1) / 2;
      }
      p += n * (n - 1) / 2 - (crossFileOnly ? sameFile : 0);
    }
    return p;
  }
}
