package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The synthetic university in two databases: all files but two imported and run in full, then the
 * last two files (a WoS export that re-reads stored records, an export of another database)
 * imported and run incrementally in one, in full in the other. Works, their merged views, table
 * rows (content, not version), suggestions and possible duplicates must be the same. Both durations are printed (the
 * figures are in docs/benchmarks.md; no test asserts a time).
 */
class IncrementalEqualsFullOnSyntheticDevTest {
  private static final Path DATA = Path.of(System.getProperty("acta.datasets",
      "../../shared/datasets"), "synthetic-dev");
  private static final Set<String> LATER = Set.of("export-06.txt", "savedrecs(2).txt");

  @Test
  void anIncrementalRunGivesTheFullRunsWorksTableAndReviewQueue() throws Exception {
    assumeTrue(Files.isDirectory(DATA), "synthetic-dev is not here");
    List<Path> exports;
    try (Stream<Path> s = Files.list(DATA.resolve("input/exports"))) {
      exports = s.sorted().toList();
    }
    try (TestDatabase full = TestDatabase.create();
        TestDatabase incremental = TestDatabase.create()) {
      PipelineRunReport byFull = lastFilesThen(full, exports, false);
      PipelineRunReport byIncremental = lastFilesThen(incremental, exports, true);
      System.out.println("synthetic-dev, last two files: full run " + byFull.summary());
      System.out.println("synthetic-dev, last two files: incremental run "
          + byIncremental.summary());
      assertTrue(byIncremental.worksRecomputed() < byFull.worksRecomputed(),
          byIncremental.summary());
      assertEquals(byFull.rowsChanged(), byIncremental.rowsChanged());
      assertEquals(byFull.rowsDeleted(), byIncremental.rowsDeleted());
      for (String sql : List.of(
          "SELECT w.work_key, s.source_database, s.natural_key FROM work_member m"
              + " JOIN work w ON w.id = m.work_id JOIN source_record s ON s.id = m.source_record_id",
          "SELECT row_id, content_sha256, deleted FROM table_row",
          "SELECT w.work_key, p.content_sha256 FROM work_merged p JOIN work w ON w.id = p.work_id"
              + " WHERE w.status = 'active'",
          "SELECT w.work_key, a.author_rank, a.person_code, a.outcome, a.score, a.reasons"
              + " FROM authorship_suggestion a JOIN work w ON w.id = a.work_id")) {
        Set<String> a = lines(full, sql);
        Set<String> b = lines(incremental, sql);
        assertTrue(a.size() > 100, sql);
        assertEquals(a, b, sql);
      }
      // possible duplicates, by the works' keys and the records' natural keys (ids differ)
      String pairs = "SELECT wa.work_key, wb.work_key, ra.natural_key, rb.natural_key, p.score,"
          + " p.evidence_json FROM possible_duplicate p JOIN work wa ON wa.id = p.work_a_id"
          + " JOIN work wb ON wb.id = p.work_b_id JOIN source_record ra ON ra.id = p.record_a_id"
          + " JOIN source_record rb ON rb.id = p.record_b_id";
      Set<String> a = lines(full, pairs);
      System.out.println("synthetic-dev: " + a.size() + " possible duplicate pairs of works");
      assertFalse(a.isEmpty(), pairs); // 10 on synthetic-dev: what a person can settle
      assertEquals(a, lines(incremental, pairs), pairs);
    }
  }

  private static PipelineRunReport lastFilesThen(TestDatabase db, List<Path> exports,
      boolean incremental) throws Exception {
    Path input = DATA.resolve("input");
    try (Reader u = Files.newBufferedReader(input.resolve("units.csv"));
        Reader p = Files.newBufferedReader(input.resolve("people.csv"))) {
      new HrDirectoryImport(db.dataSource()).apply(u, p, "synthetic-dev");
    }
    ImportService imports = new ImportService(db.dataSource());
    long batch = imports.openBatch("test", "synthetic-dev");
    for (Path f : exports) {
      if (!LATER.contains(f.getFileName().toString())) {
        imports.run(imports.stage(batch, f));
      }
    }
    PipelineService pipeline = new PipelineService(db.dataSource());
    pipeline.runFull();
    for (Path f : exports) {
      if (LATER.contains(f.getFileName().toString())) {
        imports.run(imports.stage(batch, f));
      }
    }
    return incremental ? pipeline.runIncremental() : pipeline.runFull();
  }

  private static Set<String> lines(TestDatabase db, String sql) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append('|');
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
