package org.acta.core.application.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import throughput into MariaDB and a full pipeline re-run over the stored records. Not a unit
 * test (minutes at scale): runs only with {@code -Dacta.bench.records=N}, e.g.
 * {@code mvn -o -pl repository-core -am test -Dtest=ImportBenchmark -Dacta.bench.records=300000
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ImportBenchmark {
  @TempDir Path tmp;

  @Test
  void importAndRerun() throws Exception {
    String n = System.getProperty("acta.bench.records");
    assumeTrue(n != null, "set -Dacta.bench.records=N to run the benchmark");
    run(Integer.parseInt(n), tmp);
  }

  /** Also runnable as a program: {@code ImportBenchmark RECORDS WORK_DIR}. */
  public static void main(String[] args) throws Exception {
    run(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  static void run(int records, Path tmp) throws Exception {
    int perFile = Math.min(records, 50_000);
    try (TestDatabase db = TestDatabase.create()) {
      ImportService imports = new ImportService(db.dataSource());
      long batch = imports.openBatch("bench", null);
      long started = System.nanoTime();
      int read = 0;
      for (int first = 1, k = 0; first <= records; first += perFile, k++) {
        Path file = SyntheticWosFile.write(tmp.resolve(k + "/savedrecs-" + k + ".txt"), first,
            Math.min(perFile, records - first + 1));
        long t = System.nanoTime();
        ImportProgress p = imports.run(imports.stage(batch, file));
        read += p.recordsRead();
        System.out.printf("file %d: %d records in %.1f s%n", k, p.recordsRead(),
            (System.nanoTime() - t) / 1e9);
      }
      double importSeconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("import: %d records in %.1f s = %.0f records/s%n", read, importSeconds,
          read / importSeconds);
      PipelineService pipeline = new PipelineService(db.dataSource());
      PipelineRunReport first = pipeline.runFull();
      System.out.println("first run: " + first.summary());
      PipelineRunReport again = pipeline.runFull();
      System.out.println("full re-run: " + again.summary());
    }
  }
}
