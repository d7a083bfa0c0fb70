package org.acta.core.application.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.DecisionService;
import org.acta.core.application.decision.NewDecision;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Freezing the one table for an assessment period, listing snapshots, comparing two. */
class SnapshotServiceTest {
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
  void freezesAPeriodListsAndDiffs() throws Exception {
    try (TestDatabase db = TestDatabase.create()) {
      new HrDirectoryImport(db.dataSource())
          .apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr");
      ImportService imports = new ImportService(db.dataSource());
      PipelineService pipeline = new PipelineService(db.dataSource());
      SnapshotService snapshots = new SnapshotService(db.dataSource());
      // Papers 1..5 are published 2016..2020 (2015 + n % 10).
      imports.run(imports.stage(imports.openBatch("t", null),
          SyntheticWosFile.write(tmp.resolve("a/savedrecs.txt"), 1, 5)));
      pipeline.runFull();

      Snapshot all = snapshots.freeze("all-1", null, null, "hr-office");
      assertEquals(5, all.rowCount());
      Snapshot period = snapshots.freeze("2017-2019", 2017, 2019, "hr-office");
      assertEquals(3, period.rowCount());
      assertEquals(all.tableVersion(), period.tableVersion());
      assertThrows(IllegalArgumentException.class,
          () -> snapshots.freeze("2017-2019", 2017, 2019, "hr-office"));

      imports.run(imports.stage(imports.openBatch("t", null),
          SyntheticWosFile.write(tmp.resolve("b/savedrecs(1).txt"), 6, 2)));
      pipeline.runFull();
      TableRow first = snapshots.rows(all.id()).get(0);
      new DecisionService(db.dataSource()).record(new NewDecision(DecisionKind.CONFIRM,
          first.workId(), first.authorRank(), first.personId(), null, first.personId(), null,
          null, null, null, null, 0));
      pipeline.runFull();
      Snapshot later = snapshots.freeze("all-2", null, null, "hr-office");

      assertEquals(List.of("all-1", "2017-2019", "all-2"),
          snapshots.list().stream().map(Snapshot::name).toList());
      SnapshotDiff diff = snapshots.diff(all.id(), later.id());
      assertEquals(2, diff.added().size());
      assertEquals(List.of(), diff.removed());
      assertEquals(List.of(first.rowId()), diff.changed());
      assertEquals(4, diff.unchanged());
      assertEquals(5, snapshots.rows(all.id()).size(), "a snapshot never changes");
    }
  }
}
