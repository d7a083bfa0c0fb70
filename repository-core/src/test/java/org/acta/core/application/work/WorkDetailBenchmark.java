package org.acta.core.application.work;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the work screen costs at scale: the first full run (which writes every work's merged view
 * and provenance) against a re-run (which writes none), then reading works whole and searching by
 * DOI and by title words. Not a unit test: runs only with {@code -Dacta.bench.works=N}, e.g.
 * {@code mvn -o -pl repository-core -am test -Dtest=WorkDetailBenchmark -Dacta.bench.works=100000
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class WorkDetailBenchmark {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      """;
  private static final int READS = 500;

  @TempDir Path tmp;

  @Test
  void readsAndSearchesAtScale() throws Exception {
    String n = System.getProperty("acta.bench.works");
    assumeTrue(n != null, "set -Dacta.bench.works=N to run the benchmark");
    int records = Integer.parseInt(n);
    try (TestDatabase db = TestDatabase.create()) {
      new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
          new StringReader(PEOPLE), "bench");
      ImportService imports = new ImportService(db.dataSource());
      long batch = imports.openBatch("bench", null);
      int perFile = Math.min(records, 50_000);
      for (int first = 1, k = 0; first <= records; first += perFile, k++) {
        imports.run(imports.stage(batch, SyntheticWosFile.write(
            tmp.resolve(k + "/savedrecs.txt"), first, Math.min(perFile, records - first + 1))));
      }
      PipelineService pipeline = new PipelineService(db.dataSource());
      System.out.println("first run (writes every merged view): " + pipeline.runFull().summary());
      System.out.println("full re-run (writes none): " + pipeline.runFull().summary());

      WorkDetailQuery works = new WorkDetailQuery(db.dataSource());
      Random random = new Random(42);
      List<String> ids = new ArrayList<>();
      double[] search = new double[READS];
      for (int i = 0; i < READS; i++) {
        int paper = 1 + random.nextInt(records);
        long t = System.nanoTime();
        List<WorkSummary> found = works.search("10.99999/synth." + paper, 10);
        search[i] = (System.nanoTime() - t) / 1e6;
        ids.add(found.get(0).workId());
      }
      double[] read = new double[READS];
      for (int i = 0; i < READS; i++) {
        long t = System.nanoTime();
        works.find(ids.get(i)).orElseThrow();
        read[i] = (System.nanoTime() - t) / 1e6;
      }
      double[] title = new double[20];
      for (int i = 0; i < title.length; i++) {
        long t = System.nanoTime();
        works.search("Study " + (1 + random.nextInt(records)) + " of", 20);
        title[i] = (System.nanoTime() - t) / 1e6;
      }
      report("search by DOI", search);
      report("work read whole", read);
      report("search by title words", title);
    }
  }

  private static void report(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf("%s: n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length,
        sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
        sorted[sorted.length - 1]);
  }
}
