package org.acta.harvest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.acta.harvest.FileReport;
import org.acta.harvest.Harvester;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.model.SourceRecord;

/**
 * Parse rate of the harvest path (detect + parse + map) per format on fixed generated data, one
 * thread. Usage: {@code ParseRateBenchmark [megabytes per file, default 200] [work dir] [plain|tab|csv]}. Run it
 * with a small heap ({@code -Xmx256m}) and a large size to show that memory does not grow with
 * the file. Prints one line per format: MB/s and records/s by wall-clock time and by the
 * thread's CPU time (best of three timed runs after one warm-up run); on a shared machine the CPU
 * figures are the ones to compare.
 */
public final class ParseRateBenchmark {
  private ParseRateBenchmark() {}

  /** Counts and drops everything, touching each record so nothing is optimised away. */
  private static final class CountingSink implements RecordSink {
    long authors;

    @Override
    public void record(SourceRecord record) {
      authors += record.authors().size();
    }

    @Override
    public void problem(ParseProblem problem) {
      // counted by the report
    }
  }

  public static void main(String[] args) throws IOException {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("acta-bench");
    Files.createDirectories(dir);
    System.out.printf(Locale.ROOT, "heap max %d MB, file size ~%d MB each, dir %s%n",
        Runtime.getRuntime().maxMemory() >> 20, mb, dir);
    try {
      String only = args.length > 2 ? args[2] : "all";
      if (only.equals("all") || only.equals("plain")) {
        run("WoS plain text", dir.resolve("wos-plain.txt"), mb, 1);
      }
      if (only.equals("all") || only.equals("tab")) {
        run("WoS tab-delimited", dir.resolve("wos-tab.txt"), mb, 2);
      }
      if (only.equals("all") || only.equals("csv")) {
        run("Generic CSV", dir.resolve("list.csv"), mb, 3);
      }
    } finally {
      if (args.length < 2) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static void run(String label, Path file, int mb, int kind) throws IOException {
    int generated = switch (kind) {
      case 1 -> SyntheticExports.wosPlain(file, mb, 42);
      case 2 -> SyntheticExports.wosTab(file, mb, 42);
      default -> SyntheticExports.genericCsv(file, mb, 42);
    };
    double bytes = Files.size(file);
    Harvester harvester = new Harvester();
    harvester.read(file, new CountingSink()); // warm-up
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    FileReport report = null;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 3; i++) {
      CountingSink sink = new CountingSink();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      report = harvester.read(file, sink);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    if (report.records() != generated) {
      throw new IllegalStateException(label + ": read " + report.records() + " of " + generated);
    }
    double mbytes = bytes / (1 << 20);
    System.out.printf(Locale.ROOT, "%-18s %7.1f MB %8d records | wall %6.2f s %7.1f MB/s %8.0f"
        + " rec/s | cpu %6.2f s %7.1f MB/s %8.0f rec/s%n", label, mbytes, generated, best,
        mbytes / best, generated / best, bestCpu, mbytes / bestCpu, generated / bestCpu);
  }
}
