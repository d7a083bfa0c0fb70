package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.DecisionService;
import org.acta.core.application.decision.NewDecision;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.testing.SyntheticEiFile;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental run recomputes only what new records and decisions touch, and leaves the
 * database exactly as a full re-run would.
 */
class IncrementalPipelineTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      U2,U0,物理学院,School of Physics,Sch Phys
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      """;

  @TempDir Path tmp;
  private TestDatabase db;
  private ImportService imports;
  private PipelineService pipeline;

  @BeforeEach
  void twentyPapersAndAFullRun() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource())
        .apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr");
    imports = new ImportService(db.dataSource());
    importFile(SyntheticWosFile.write(tmp.resolve("a/savedrecs.txt"), 1, 20));
    pipeline = new PipelineService(db.dataSource());
    PipelineRunReport first = pipeline.runIncremental();
    assertEquals(20, first.worksRecomputed(), "nothing stored yet: the first run is full");
    assertEquals(20, first.rowsChanged());
    assertEquals(1, first.version());
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void anIncrementalRunChangesOnlyTheRowsNewRecordsTouchAndEqualsAFullRun() throws Exception {
    importFile(SyntheticWosFile.write(tmp.resolve("b/savedrecs.txt"), 21, 3));
    importFile(SyntheticEiFile.write(tmp.resolve("c/export.ris"), 5, 1)); // re-keys paper 5
    PipelineRunReport inc = pipeline.runIncremental();
    assertEquals(23, inc.works(), inc.summary());
    assertEquals(4, inc.worksRecomputed(), "3 new papers and paper 5: " + inc.summary());
    assertEquals(4, inc.rowsChanged(), "3 new rows, paper 5's row under its new key");
    assertEquals(1, inc.rowsDeleted(), "paper 5's row under its old key");
    assertEquals(2, inc.version());
    Map<Long, Long> byVersion = new TreeMap<>();
    new TableQuery(db.dataSource()).changedSince(0, null, 1000).rows()
        .forEach(r -> byVersion.merge(r.version(), 1L, Long::sum));
    assertEquals(Map.of(1L, 19L, 2L, 5L), byVersion,
        "the rows of untouched works keep their version");

    String table = tableContent();
    String suggestions = suggestionContent();
    PipelineRunReport full = pipeline.runFull();
    assertEquals(0, full.rowsChanged() + full.rowsDeleted(),
        "a full re-run finds nothing to change: " + full.summary());
    assertEquals(table, tableContent());
    assertEquals(suggestions, suggestionContent(), "the same suggestions and review queue");

    PipelineRunReport nothing = pipeline.runIncremental();
    assertEquals(0, nothing.worksRecomputed(), nothing.summary());
    assertEquals(2, nothing.version(), "nothing new: no new version");
  }

  @Test
  void aDecisionRecomputesItsWorkOnlyAndAnHrChangeRunsInFull() throws Exception {
    TableRow row = new TableQuery(db.dataSource()).changedSince(0, null, 1).rows().get(0);
    new DecisionService(db.dataSource()).record(new NewDecision(DecisionKind.CONFIRM,
        row.workId(), row.authorRank(), row.personId(), null, row.personId(), null, null, null,
        null, null, 0));
    PipelineRunReport decided = pipeline.runIncremental();
    assertEquals(1, decided.worksRecomputed(), decided.summary());
    assertEquals(1, decided.rowsChanged());
    List<TableRow> changed = new TableQuery(db.dataSource()).changedSince(1, null, 10).rows();
    assertEquals(1, changed.size());
    assertEquals("confirmed", changed.get(0).status());

    new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
        new StringReader(PEOPLE.replace("Wang Xiaoming,U1", "Wang Xiaoming,U2")), "hr-2");
    PipelineRunReport afterHr = pipeline.runIncremental();
    assertEquals(20, afterHr.worksRecomputed(), "a person moved: every row may change");
    assertTrue(afterHr.rowsDeleted() > 0, afterHr.summary());
  }

  private void importFile(Path file) {
    imports.run(imports.stage(imports.openBatch("t", null), file));
  }

  private String tableContent() throws SQLException {
    return lines("SELECT row_id, content_sha256, deleted FROM table_row");
  }

  private String suggestionContent() throws SQLException {
    return lines("SELECT w.work_key, a.author_rank, a.person_code, a.outcome, a.score, a.reasons"
        + " FROM authorship_suggestion a JOIN work w ON w.id = a.work_id");
  }

  private String lines(String sql) throws SQLException {
    TreeSet<String> out = new TreeSet<>();
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
    assertTrue(!out.isEmpty(), sql);
    return String.join("\n", out);
  }
}
