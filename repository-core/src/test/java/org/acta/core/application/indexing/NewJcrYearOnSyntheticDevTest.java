package org.acta.core.application.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportProgress;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.application.pipeline.ReindexReport;
import org.acta.core.application.pipeline.ReindexService;
import org.acta.core.application.pipeline.TablePage;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.application.snapshot.Snapshot;
import org.acta.core.application.snapshot.SnapshotService;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's must-show on the synthetic university with the demo lists ({@code deploy/demo/lists}),
 * through MariaDB: a JCR year imported late changes only the table rows of that publication year,
 * each with a new version, and a snapshot frozen before the import keeps every row and value.
 */
class NewJcrYearOnSyntheticDevTest {
  private static final Path DATA = Path.of(System.getProperty("acta.datasets",
      "../../shared/datasets"), "synthetic-dev", "input");
  private static final Path LISTS = Path.of("..", "deploy", "demo", "lists");
  /**
   * The year held back. A year inside the imported range: under the default rule (publication
   * year, else the latest earlier one) its rows used the year before, and no other year's rows
   * depend on it, so exactly its rows may change.
   */
  private static final int LATE_YEAR = 2022;
  private static final String LATE_FILE = "jcr-" + LATE_YEAR + ".csv";

  @Test
  void aLateJcrYearChangesOnlyItsRowsAndTheSnapshotBeforeStaysAsItWas() throws Exception {
    assumeTrue(Files.isDirectory(DATA), "synthetic-dev is not here");
    assumeTrue(Files.isRegularFile(LISTS.resolve(LATE_FILE)), "the demo lists are not here");
    try (TestDatabase db = TestDatabase.create()) {
      loadSyntheticDev(db);
      IndexListStore lists = new IndexListStore(db.dataSource());
      List<Path> allButLate = demoLists().stream()
          .filter(p -> !p.getFileName().toString().equals(LATE_FILE)).toList();
      ListImportReport first = lists.importFiles(allButLate, "librarian");
      assertFalse(first.created().contains("JCR " + LATE_YEAR + " v1"), first.created().toString());
      PipelineRunReport run = new PipelineService(db.dataSource()).runFull();
      Map<String, TableRow> before = table(db);
      assertTrue(before.size() > 1000, "synthetic-dev gives a table: " + before.size());

      SnapshotService snapshots = new SnapshotService(db.dataSource());
      Snapshot appraisal = snapshots.freeze("2022 appraisal", 2020, 2023, "hr");
      List<TableRow> frozen = snapshots.rows(appraisal.id());
      assertTrue(frozen.stream().anyMatch(r -> r.year() == LATE_YEAR));

      ListImportReport late = lists.importFiles(List.of(LISTS.resolve(LATE_FILE)), "librarian");
      assertEquals(List.of("JCR " + LATE_YEAR + " v1"), late.created());
      long started = System.nanoTime();
      ReindexReport reindex = new ReindexService(db.dataSource()).reindex();
      // a figure for docs/benchmarks.md, not an assertion
      System.out.printf("re-index after JCR %d: %s in %.1f s%n", LATE_YEAR, reindex.summary(),
          (System.nanoTime() - started) / 1e9);
      long newVersion = run.version() + 1;
      assertEquals(newVersion, reindex.version(), reindex.summary());

      Map<String, TableRow> after = table(db);
      assertEquals(before.keySet(), after.keySet(), "no row added or removed");
      List<TableRow> changed = new ArrayList<>();
      Set<Integer> changedYears = new TreeSet<>();
      for (TableRow now : after.values()) {
        TableRow old = before.get(now.rowId());
        if (now.equals(old)) {
          continue;
        }
        changed.add(now);
        changedYears.add(now.year());
        assertEquals(newVersion, now.version(), "a changed row has the new version: " + now);
        assertEquals(withIndexingOf(old, now), now, "only indexing columns change: " + now);
      }
      assertEquals(Set.of(LATE_YEAR), changedYears, "only rows of the new JCR year change");
      assertEquals(changed.size(), reindex.rowsChanged());
      long lateRows = before.values().stream().filter(r -> r.year() == LATE_YEAR).count();
      assertTrue(changed.size() > lateRows / 4,
          "most " + LATE_YEAR + " rows got the new JCR values: " + changed.size() + " of "
              + lateRows);
      assertEquals(changed.size(), new TableQuery(db.dataSource())
          .changedSince(run.version(), null, 10_000).rows().size(),
          "an incremental pull sees exactly the changed rows");

      Snapshot again = snapshots.list().stream().filter(s -> s.id() == appraisal.id())
          .findFirst().orElseThrow();
      assertEquals(appraisal, again, "the snapshot's record is untouched");
      assertEquals(frozen, snapshots.rows(appraisal.id()), "the snapshot's rows are untouched");
      assertEquals(0, snapshots.diff(appraisal.id(), appraisal.id()).changed().size());
      Snapshot later = snapshots.freeze("2022 appraisal, after JCR " + LATE_YEAR, 2020, 2023,
          "hr");
      assertEquals(changed.stream().map(TableRow::rowId).sorted().toList(),
          snapshots.diff(appraisal.id(), later.id()).changed(),
          "a later snapshot differs from the first exactly by the re-indexed rows");
    }
  }

  /** {@code old} with the indexing columns of {@code now}: what a re-index may change. */
  private static TableRow withIndexingOf(TableRow old, TableRow now) {
    return new TableRow(old.rowId(), old.workId(), old.personId(), old.personName(),
        old.personKind(), old.unitId(), old.authorRank(), old.firstAuthor(),
        old.corresponding(), old.firstAffiliationIsInstitution(), old.title(), old.titleAlt(),
        old.sourceTitle(), old.issn(), old.eissn(), old.year(), old.volume(), old.issue(),
        old.pages(), old.doi(), old.documentType(), old.language(), now.indexedIn(),
        old.wosUt(), old.eiAccession(), old.cnkiId(), now.jcrQuartile(), now.impactFactor(),
        now.esiField(), now.esiHighlyCited(), now.esiHot(), old.status(), old.confidence(),
        now.version(), old.deleted());
  }

  private static List<Path> demoLists() throws Exception {
    try (Stream<Path> s = Files.list(LISTS)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
  }

  private static void loadSyntheticDev(TestDatabase db) throws Exception {
    try (Reader u = Files.newBufferedReader(DATA.resolve("units.csv"));
        Reader p = Files.newBufferedReader(DATA.resolve("people.csv"))) {
      new HrDirectoryImport(db.dataSource()).apply(u, p, "synthetic-dev");
    }
    ImportService imports = new ImportService(db.dataSource());
    long batch = imports.openBatch("test", "synthetic-dev");
    try (Stream<Path> s = Files.list(DATA.resolve("exports"))) {
      for (Path f : s.sorted().toList()) {
        ImportProgress done = imports.run(imports.stage(batch, f));
        assertEquals(ImportProgress.FINISHED, done.status(), f.toString());
      }
    }
  }

  private static Map<String, TableRow> table(TestDatabase db) {
    Map<String, TableRow> rows = new HashMap<>();
    String cursor = null;
    do {
      TablePage page = new TableQuery(db.dataSource()).changedSince(0, cursor, 5000);
      page.rows().forEach(r -> rows.put(r.rowId(), r));
      cursor = page.nextCursor();
    } while (cursor != null);
    return rows;
  }
}
