package org.acta.core.application.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions as events over a real pipeline run: humans win, undo, optimistic locking. */
class DecisionServiceTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      S003,staff,史密斯,John Smith,U1,,,,2000,
      """;

  @TempDir Path tmp;
  private TestDatabase db;
  private DecisionService decisions;
  private PipelineService pipeline;
  private List<TableRow> rows;

  @BeforeEach
  void oneRunOverThreePapers() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource())
        .apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("savedrecs.txt"), 1, 3)));
    pipeline = new PipelineService(db.dataSource());
    pipeline.runFull();
    decisions = new DecisionService(db.dataSource());
    rows = table();
    assertEquals(3, rows.size(), "Wang at rank 1 of each paper");
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void aPersonsDecisionSurvivesReRunsAndUndoIsANewEvent() {
    TableRow row = rows.get(0);
    RecordedDecision unattributed = decisions.record(new NewDecision(DecisionKind.UNATTRIBUTE,
        row.workId(), 1, null, null, "staff-a", "a namesake from another university", null, null,
        null, null, 0));
    pipeline.runFull();
    assertEquals(2, live().size(), "the re-run keeps the person's answer");
    assertEquals(1, db.count("SELECT COUNT(*) FROM authorship_suggestion WHERE outcome = 'review'"),
        "the machine's disagreeing answer goes to review");

    decisions.record(new NewDecision(DecisionKind.UNDO, row.workId(), null, null, null, "staff-a",
        "clicked the wrong paper", null, null, null, unattributed.eventId(), 1));
    PipelineRunReport back = pipeline.runFull();
    assertEquals(1, back.rowsChanged(), back.summary());
    assertEquals(3, live().size());
    assertEquals(2, db.count("SELECT COUNT(*) FROM decision_event"), "appended, never updated");
    assertThrows(Exception.class,
        () -> db.execute("UPDATE decision_event SET actor = 'x'"), "the log refuses updates");
  }

  @Test
  void attributeConfirmRejectAndCorrespondingShowInTheTable() {
    TableRow row = rows.get(1);
    decisions.record(new NewDecision(DecisionKind.ATTRIBUTE, row.workId(), 2, "S003", null,
        "staff-a", "the co-author is our visiting professor", null, null, null, null, 0));
    decisions.record(new NewDecision(DecisionKind.CONFIRM, row.workId(), 1, "S001", null,
        "S001", null, null, null, null, null, 0));
    decisions.record(new NewDecision(DecisionKind.SET_CORRESPONDING, row.workId(), 2, "S003",
        true, "staff-a", "stated in the PDF", null, null, null, null, 1));
    TableRow other = rows.get(2);
    decisions.record(new NewDecision(DecisionKind.REJECT, other.workId(), 1, "S001", null,
        "S001", null, "not_me", null, null, null, 0));
    pipeline.runFull();

    List<TableRow> now = live();
    TableRow smith = now.stream().filter(r -> r.personId().equals("S003")).findFirst()
        .orElseThrow();
    assertEquals("verified", smith.status());
    assertEquals(2, smith.authorRank());
    assertTrue(smith.corresponding());
    assertEquals(1.0, smith.confidence());
    assertEquals("confirmed", now.stream().filter(r -> r.workId().equals(row.workId())
        && r.personId().equals("S001")).findFirst().orElseThrow().status());
    assertEquals("disputed", now.stream().filter(r -> r.workId().equals(other.workId()))
        .findFirst().orElseThrow().status());
  }

  @Test
  void twoStaffDecidingTheSameItemAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
    TableRow row = rows.get(0);
    CountDownLatch start = new CountDownLatch(1);
    Callable<RecordedDecision> staffA = () -> {
      start.await();
      return decisions.record(new NewDecision(DecisionKind.UNATTRIBUTE, row.workId(), 1, null,
          null, "staff-a", null, null, null, null, null, 0));
    };
    Callable<RecordedDecision> staffB = () -> {
      start.await();
      return decisions.record(new NewDecision(DecisionKind.CONFIRM, row.workId(), 1, "S001",
          null, "staff-b", null, null, null, null, null, 0));
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<RecordedDecision> a = pool.submit(staffA);
      Future<RecordedDecision> b = pool.submit(staffB);
      start.countDown();
      int won = 0;
      int conflicts = 0;
      for (Future<RecordedDecision> f : List.of(a, b)) {
        try {
          f.get();
          won++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(e.getCause() instanceof DecisionConflictException, e.getCause().toString());
          conflicts++;
        }
      }
      assertEquals(1, won);
      assertEquals(1, conflicts);
    } finally {
      pool.shutdown();
    }
    assertEquals(1, db.count("SELECT COUNT(*) FROM decision_event"));
    assertEquals(1, decisions.currentVersion("authorship:" + row.workId() + "#1"));
    DecisionConflictException stale = assertThrows(DecisionConflictException.class,
        () -> decisions.record(new NewDecision(DecisionKind.CONFIRM, row.workId(), 1, "S001",
            null, "staff-b", null, null, null, null, null, 0)));
    assertTrue(stale.getMessage().contains("version 1"), stale.getMessage());
  }

  private List<TableRow> table() {
    return new TableQuery(db.dataSource()).changedSince(0, null, 1000).rows().stream()
        .filter(r -> !r.deleted()).sorted(java.util.Comparator.comparing(TableRow::workId))
        .toList();
  }

  private List<TableRow> live() {
    return table();
  }
}
