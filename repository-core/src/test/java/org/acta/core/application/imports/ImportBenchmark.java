package org.acta.core.application.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Path;
import org.acta.core.application.directory.HrDirectoryImport;
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
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dacta.bench.dictionary=true} adds an HR
 * dictionary (attribution and table rows measured too), {@code -Dacta.bench.extra=N} the size
 * of the later imports that compare an incremental with a full run (1 000).
 */
class ImportBenchmark {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      """;

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
      if (Boolean.getBoolean("acta.bench.dictionary")) {
        // one author of every invented paper is in HR: attribution and the table are measured
        new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
            new StringReader(PEOPLE), "bench");
      }
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
      // A day's import on top: the same amount of new records, once through an incremental run
      // and once through a full run, then an incremental run with nothing new.
      int extra = Integer.getInteger("acta.bench.extra", 1_000);
      int next = records + 1;
      for (boolean incremental : new boolean[] {true, false}) {
        Path file = SyntheticWosFile.write(tmp.resolve("extra-" + next + "/savedrecs.txt"),
            next, extra);
        imports.run(imports.stage(batch, file));
        next += extra;
        PipelineRunReport r = incremental ? pipeline.runIncremental() : pipeline.runFull();
        System.out.println((incremental ? "incremental" : "full") + " run after " + extra
            + " new records: " + r.summary());
      }
      System.out.println("incremental run, nothing new: " + pipeline.runIncremental().summary());
    }
  }
}
