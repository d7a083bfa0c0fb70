package org.acta.matching.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.matching.bench.DedupBenchmarkRunner;
import org.acta.matching.dedup.DedupResult;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.dedup.FellegiSunterDeduplicator;
import org.acta.matching.eval.PairwiseMetrics;
import org.acta.matching.model.SourceRecord;

/**
 * Time and memory of deduplication as the number of records grows: {@code java -Xmx4g -cp …
 * org.acta.matching.scale.ScaleBenchmark 100000 250000 500000 1000000}. Each size runs in a
 * fresh heap state (records of the previous size released) and reports wall and process CPU
 * time of {@code deduplicate} (per stage too), peak heap, and F1 against the generator's gold.
 *
 * <p>The peak is that of the records and the engine: the gold is kept as a compact array during
 * the run (a map of a million keys would add ~150 MB that is not the engine's) and becomes the
 * map {@link PairwiseMetrics} reads only afterwards.
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  public static void main(String[] args) {
    for (String a : args.length == 0 ? new String[] {"100000"} : args) {
      int n = Integer.parseInt(a);
      List<PerturbingRecordGenerator.Generated> gen =
          new PerturbingRecordGenerator(42, 60_000, Math.max(200, n / 500)).generate(n);
      List<SourceRecord> records = new ArrayList<>(gen.size());
      String[] goldOf = new String[gen.size()];
      for (PerturbingRecordGenerator.Generated g : gen) {
        goldOf[records.size()] = g.goldWork();
        records.add(g.record());
      }
      gen = null;
      System.gc();
      resetPeaks();
      FellegiSunterDeduplicator d = Deduplicators.standard();
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      DedupResult r = d.deduplicate(records);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
      double load = os.getSystemLoadAverage();
      long peakMb = peakHeap() / (1024 * 1024);
      Map<String, String> gold = new HashMap<>(records.size() * 2);
      for (int i = 0; i < records.size(); i++) {
        gold.put(records.get(i).sourceKey(), goldOf[i]);
      }
      PairwiseMetrics m = PairwiseMetrics.of(DedupBenchmarkRunner.clusters(r), gold);
      System.out.printf("records %d: wall %d ms, process CPU %d ms (machine load %.1f), peak heap %d MB, works %d, possible %d, candidates %d; %s%n",
          n, ms, cpuMs, load, peakMb, r.works().size(), r.possibleMatches().size(),
          d.lastDiagnostics().candidatePairs(), m);
      System.out.println("  stages wall ms " + d.lastDiagnostics().millis());
      System.out.println("  stages CPU ms " + d.lastDiagnostics().cpuMillis());
      records = null;
      r = null;
      System.gc();
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
