package org.acta.core.application.review;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast the review queue answers with N items waiting: the first page, a page deep in the
 * queue, a score band, and one decision. Not a unit test: runs only with
 * {@code -Dacta.bench.review=N}, e.g. {@code mvn -o -pl repository-core -am test
 * -Dtest=ReviewQueueBenchmark -Dacta.bench.review=20000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReviewQueueBenchmark {
  @TempDir Path tmp;

  @Test
  void pagesAndDecisions() throws Exception {
    String n = System.getProperty("acta.bench.review");
    assumeTrue(n != null, "set -Dacta.bench.review=N to run the benchmark");
    int items = Integer.parseInt(n);
    try (TestDatabase db = TestDatabase.create()) {
      new HrDirectoryImport(db.dataSource()).apply(new StringReader("""
          unit_id,parent_id,name_zh,name_en,variants
          U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
          U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
          """), new StringReader("""
          person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
          S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
          """), "bench");
      ImportService imports = new ImportService(db.dataSource());
      long batch = imports.openBatch("bench", null);
      for (int first = 1; first <= items; first += 50_000) {
        imports.run(imports.stage(batch, SyntheticWosFile.write(tmp.resolve("part" + first
            + ".txt"), first, Math.min(50_000, items - first + 1))));
      }
      new PipelineService(db.dataSource()).runFull();
      // every first-author suggestion to review, scores spread over 0.40..0.89
      db.execute("UPDATE authorship_suggestion SET outcome = 'review',"
          + " score = 0.4 + (id % 50) / 100 WHERE author_rank = 1");
      ReviewQueue queue = new ReviewQueue(db.dataSource());
      System.out.printf("[bench] review items: %d%n", queue.page(ReviewFilter.all(), null, 1)
          .total());

      report("first page (20)", () -> queue.page(ReviewFilter.all(), null, 20));
      String cursor = null;
      int pages = 0;
      long started = System.nanoTime();
      do {
        cursor = queue.page(ReviewFilter.all(), cursor, 200).nextCursor();
        pages++;
      } while (cursor != null && pages < 50);
      System.out.printf("[bench] %d pages of 200 in a row: %.1f ms a page%n", pages,
          (System.nanoTime() - started) / 1e6 / pages);
      String deep = cursor;
      report("a page after 10 000 items (20)", () -> queue.page(ReviewFilter.all(), deep, 20));
      report("score band 0.60..0.65, unit U1 (20)",
          () -> queue.page(new ReviewFilter("U1", null, 0.6, 0.65), null, 20));
      ReviewDecider decider = new ReviewDecider(db.dataSource());
      List<ReviewItem> toDecide = queue.page(ReviewFilter.all(), null, 20).items();
      int[] next = {0};
      report("one decision (accept)", () -> decider.decide(new ReviewDecision(
          toDecide.get(next[0]++).key(), 0, ReviewAction.ACCEPT, null, null, null), "bench"));
    }
  }

  /** Median of 9 runs after one warm-up. */
  private static void report(String what, Supplier<?> run) {
    run.get();
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      long t = System.nanoTime();
      run.get();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf("[bench] %s: median %.1f ms (min %.1f, max %.1f)%n", what, sorted[4],
        sorted[0], sorted[8]);
  }
}
