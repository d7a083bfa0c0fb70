package org.acta.core.application.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.testing.SyntheticEiFile;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People's decisions against re-runs that re-cluster: a work's key changes when a record that
 * sorts first joins it (here the EI record of a WoS paper), and merges, splits, attributions and
 * rejections must all still hold, on full and incremental runs alike.
 */
class WorkCurationTest {
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
  private ImportService imports;
  private PipelineService pipeline;
  private DecisionService decisions;
  private WorkCurationService curation;

  @BeforeEach
  void threePapersFromWos() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource())
        .apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr");
    imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("savedrecs.txt"), 1, 3)));
    pipeline = new PipelineService(db.dataSource());
    pipeline.runFull();
    decisions = new DecisionService(db.dataSource());
    curation = new WorkCurationService(db.dataSource());
    assertEquals(3, live().size(), "Wang at rank 1 of each paper");
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void authorshipDecisionsFollowTheirWorkToItsNewKey() throws Exception {
    String paper1 = workOf(1);
    String paper2 = workOf(2);
    decisions.record(new NewDecision(DecisionKind.UNATTRIBUTE, paper1, 1, null, null, "staff-a",
        "a namesake", null, null, null, null, 0));
    decisions.record(new NewDecision(DecisionKind.CONFIRM, paper2, 1, "S001", null, "S001",
        null, null, null, null, null, 0));
    pipeline.runFull();

    importEi(1, 2); // the EI records of papers 1 and 2 join their works and sort first
    PipelineRunReport rekeyed = pipeline.runFull();
    assertEquals(3, rekeyed.works(), rekeyed.summary());
    assertNotEquals(paper1, workOf(1), "the work of paper 1 has a new key");
    assertNotEquals(paper2, workOf(2));

    List<TableRow> rows = live();
    assertEquals(2, rows.size(), "paper 1 stays unattributed under its new key: " + rows);
    assertTrue(rows.stream().noneMatch(r -> r.workId().equals(workOf(1))));
    assertEquals("confirmed", rows.stream().filter(r -> r.workId().equals(workOf(2)))
        .findFirst().orElseThrow().status(), "the confirmation holds under the new key");
    assertEquals(1, suggestions(workOf(1), "S001", "review"),
        "the machine's disagreeing answer goes to review, not to the table");
  }

  @Test
  void aMergeHoldsOnEveryLaterRunASplitKeepsRecordsOutAndUndoRestores() throws Exception {
    String paper1 = workOf(1);
    String paper2 = workOf(2);
    RecordedDecision merge = curation.merge(paper1, paper2, "staff-a",
        "the same paper, renumbered by the journal", 0);
    PipelineRunReport merged = pipeline.runFull();
    assertEquals(2, merged.works(), merged.summary());
    assertEquals(workOf(1), workOf(2), "papers 1 and 2 are one work");
    assertEquals(2, live().size(), "one row for Wang on the merged work");

    importEi(2, 1); // the merged work takes a new key; the merge still holds
    PipelineRunReport again = pipeline.runIncremental();
    assertEquals(2, again.works(), again.summary());
    assertEquals(workOf(1), workOf(2));
    assertEquals(3, db.count("SELECT COUNT(*) FROM work_member m JOIN work w ON w.id = m.work_id"
        + " WHERE w.work_key = '" + workOf(1) + "'"));

    // split the WoS record of paper 2 and its EI record out of the merged work
    String mergedKey = workOf(1);
    RecordedDecision split = curation.split(mergedKey, List.of(recordOf("WOS", 2),
        recordOf("EI", 2)), "staff-b", "paper 2 is another paper after all",
        curation.version(mergedKey));
    pipeline.runFull();
    assertNotEquals(workOf(1), workOf(2), "the split keeps paper 2 out");
    assertEquals(3, live().size());

    curation.undo(split.eventId(), "staff-b", "split by mistake", curation.version(mergedKey));
    pipeline.runIncremental();
    assertEquals(workOf(1), workOf(2), "undoing the split gives the merge back");

    curation.undo(merge.eventId(), "staff-a", "not the same paper",
        decisions.currentVersion("work:" + paper1));
    PipelineRunReport machine = pipeline.runFull();
    assertEquals(3, machine.works(), "undoing the merge gives the machine's answer back");
    assertNotEquals(workOf(1), workOf(2));
    assertEquals(3, live().size());
    assertEquals(4, db.count("SELECT COUNT(*) FROM decision_event"), "appended, never updated");

    List<WorkEvent> history = curation.history(workOf(1));
    assertEquals(List.of(DecisionKind.MERGE, DecisionKind.SPLIT, DecisionKind.UNDO,
        DecisionKind.UNDO), history.stream().map(WorkEvent::kind).toList(),
        "the history under today's key has what was decided under earlier keys");
    assertTrue(history.get(0).undone() && history.get(1).undone());
    assertTrue(!history.get(2).undone() && !history.get(3).undone());
    assertEquals("staff-b", history.get(1).actor());
  }

  @Test
  void theWorksScreenUndoesAMergeMadeUnderTheWorksEarlierKey() throws Exception {
    String paper1 = workOf(1);
    RecordedDecision merge = curation.merge(paper1, workOf(2), "staff-a", "same paper", 0);
    pipeline.runFull();
    importEi(1, 1);
    pipeline.runIncremental();
    String now = workOf(1);
    assertNotEquals(paper1, now, "the merged work has another key now");
    new org.acta.core.application.work.DecisionLogCuration(db.dataSource()).undo(now,
        merge.eventId(), "staff-a", "not the same paper", curation.version(paper1));
    pipeline.runIncremental();
    assertNotEquals(workOf(1), workOf(2), "the merge is undone");
  }

  @Test
  void curationRefusesWhatItCannotDoAndStaleVersions() throws Exception {
    String paper1 = workOf(1);
    assertThrows(IllegalArgumentException.class,
        () -> curation.merge(paper1, paper1, "staff-a", null, 0));
    assertThrows(IllegalArgumentException.class,
        () -> curation.merge(paper1, "Wnothere", "staff-a", null, 0));
    assertThrows(IllegalArgumentException.class, () -> curation.split(paper1,
        List.of(recordOf("WOS", 1)), "staff-a", "all of it", 0), "a split leaves something");
    assertThrows(IllegalArgumentException.class, () -> curation.split(paper1,
        List.of(recordOf("WOS", 2)), "staff-a", "not a member", 0));
    curation.merge(paper1, workOf(2), "staff-a", null, 0);
    assertThrows(DecisionConflictException.class,
        () -> curation.merge(paper1, workOf(3), "staff-b", null, 0), "staff-b saw version 0");
    assertThrows(IllegalArgumentException.class, () -> curation.undo(999_999, "a", null, 0));
    assertThrows(IllegalArgumentException.class, () -> decisions.record(new NewDecision(
        DecisionKind.MERGE, paper1, null, null, null, "staff-a", null, null, null, null, null, 1)),
        "a merge that names no other work is refused, not kept doing nothing");
  }

  @Test
  void aPersonWhoRejectedAWorkIsNotProposedForItAgain() throws Exception {
    String paper3 = workOf(3);
    decisions.record(new NewDecision(DecisionKind.REJECT, paper3, 1, "S001", null, "S001",
        "not my paper", "not_me", null, null, null, 0));
    pipeline.runFull();
    importEi(3, 1); // new key, and the machine proposes Wang again
    pipeline.runIncremental();
    String now = workOf(3);
    assertNotEquals(paper3, now);
    assertEquals(0, suggestions(now, "S001", "auto") + suggestions(now, "S001", "review"),
        "not proposed again");
    assertEquals(1, suggestions(now, "S001", "rejected"));
    TableRow disputed = live().stream().filter(r -> r.workId().equals(now)).findFirst()
        .orElseThrow();
    assertEquals("disputed", disputed.status(), "the person's answer stays for staff");

    // staff attribute the position to someone else: the machine's Wang does not override it
    decisions.record(new NewDecision(DecisionKind.ATTRIBUTE, now, 1, "S003", null, "staff-a",
        "the first author is our visiting professor", null, null, null, null, 0));
    pipeline.runFull();
    List<TableRow> rows = live().stream().filter(r -> r.workId().equals(now)).toList();
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("S003", rows.get(0).personId());
    assertEquals("verified", rows.get(0).status());
    assertEquals(0, suggestions(now, "S001", "auto"));
  }

  @Test
  void aNameFormThePersonRejectedOnTwoWorksIsNoLongerAppliedByTheMachineAlone() throws Exception {
    decisions.record(new NewDecision(DecisionKind.REJECT, workOf(1), 1, "S001", null, "S001",
        "a namesake's paper", "not_me", null, null, null, 0));
    pipeline.runFull();
    assertEquals(1, suggestions(workOf(3), "S001", "auto"), "one rejection is about one work");

    decisions.record(new NewDecision(DecisionKind.REJECT, workOf(2), 1, "S001", null, "S001",
        "a namesake's paper again", "not_me", null, null, null, 0));
    pipeline.runFull();
    String paper3 = workOf(3);
    assertEquals(0, suggestions(paper3, "S001", "auto"), "the pattern is no longer trusted");
    assertEquals(1, suggestions(paper3, "S001", "review"), "a person decides paper 3");
    assertTrue(live().stream().noneMatch(r -> r.workId().equals(paper3)),
        "nothing goes to HR for paper 3 until someone decides");

    // staff confirm paper 3 is Wang's after all: the person's answer wins over the pattern
    decisions.record(new NewDecision(DecisionKind.ATTRIBUTE, paper3, 1, "S001", null, "staff-a",
        "checked the affiliation", null, null, null, null, 0));
    pipeline.runFull();
    TableRow row = live().stream().filter(r -> r.workId().equals(paper3)).findFirst()
        .orElseThrow();
    assertEquals("verified", row.status());
  }

  private void importEi(int first, int count) throws Exception {
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticEiFile.write(tmp.resolve("ei-" + first + "/export.ris"), first, count)));
  }

  /** The current work key of invented paper n (through its WoS record). */
  private String workOf(int n) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT w.work_key FROM work w"
            + " JOIN work_member m ON m.work_id = w.id WHERE m.source_record_id = ?")) {
      ps.setLong(1, recordOf("WOS", n));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "paper " + n + " has a work");
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long recordOf(String database, int n) {
    String suffix = "WOS".equals(database) ? String.format("%015d", n)
        : String.format("2020%010d", n);
    return db.count("SELECT id FROM source_record WHERE source_database = '" + database
        + "' AND natural_key LIKE '%" + suffix + "'");
  }

  private long suggestions(String workKey, String person, String outcome) {
    return db.count("SELECT COUNT(*) FROM authorship_suggestion a JOIN work w ON w.id = a.work_id"
        + " WHERE w.work_key = '" + workKey + "' AND a.person_code = '" + person
        + "' AND a.outcome = '" + outcome + "'");
  }

  private List<TableRow> live() {
    return new TableQuery(db.dataSource()).changedSince(0, null, 1000).rows().stream()
        .filter(r -> !r.deleted()).toList();
  }
}
