package org.acta.core.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue over a real pipeline run on MariaDB. The synthetic papers attribute Wang at
 * rank 1 with certainty, so the test turns those suggestions into review items with three
 * different scores, as a run with weaker evidence leaves them.
 */
class ReviewQueueTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      S003,staff,史密斯,John Smith,U1,,,,2000,
      T009,student,王小明,Wang Xiaoming,U1,S003,,,2020,
      """;

  @TempDir Path tmp;
  private TestDatabase db;
  private PipelineService pipeline;
  private ReviewQueue queue;
  private ReviewDecider decider;

  @BeforeEach
  void threeReviewItems() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource())
        .apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("savedrecs.txt"), 1, 3)));
    pipeline = new PipelineService(db.dataSource());
    pipeline.runFull();
    db.execute("UPDATE authorship_suggestion s JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) n"
        + " FROM authorship_suggestion WHERE author_rank = 1) r ON r.id = s.id"
        + " SET s.outcome = 'review', s.score = 0.5 + r.n / 10");
    queue = new ReviewQueue(db.dataSource());
    decider = new ReviewDecider(db.dataSource());
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void pagesHighestScoreFirstWithEverythingAReviewerNeeds() {
    ReviewPage first = queue.page(ReviewFilter.all(), null, 2);
    assertEquals(3, first.total());
    assertEquals(2, first.items().size());
    assertNotNull(first.nextCursor());
    assertEquals(0.8, first.items().get(0).score(), 1e-9);
    assertEquals(0.7, first.items().get(1).score(), 1e-9);
    ReviewPage second = queue.page(ReviewFilter.all(), first.nextCursor(), 2);
    assertEquals(1, second.items().size());
    assertNull(second.nextCursor());
    assertEquals(0.6, second.items().get(0).score(), 1e-9);

    ReviewItem item = first.items().get(0);
    assertEquals("authorship:" + item.workKey() + "#1", item.key());
    assertEquals(0, item.version(), "never decided");
    assertEquals(ReviewKind.ATTRIBUTION, item.kind());
    assertEquals("S001", item.person().code());
    assertEquals("王晓明", item.person().nameZh());
    assertEquals("U1", item.person().unitCode());
    assertEquals("化学工程学院", item.person().unitName());
    assertEquals(2, item.person().otherWorks(), "the two other papers are in the table");
    assertFalse(item.evidence().isEmpty(), "the reasons in words");
    assertEquals(1, item.sources().size());
    ReviewSource source = item.sources().get(0);
    assertTrue(source.verbatim().contains(source.normalised().get("title").substring(0, 10)),
        "the verbatim record and its title: " + source.normalised());
    assertTrue(source.normalised().get("author").startsWith("Wang"), source.normalised().toString());
    assertEquals(item.title(), source.normalised().get("title"));
  }

  @Test
  void filtersByUnitScoreBandAndKind() {
    assertEquals(3, queue.page(new ReviewFilter("U1", null, null, null), null, 10).total());
    assertEquals(0, queue.page(new ReviewFilter("U0", null, null, null), null, 10).total());
    assertEquals(2, queue.page(new ReviewFilter(null, null, 0.65, null), null, 10).total());
    assertEquals(1, queue.page(new ReviewFilter(null, null, 0.65, 0.75), null, 10).total());
    assertEquals(3, queue.page(new ReviewFilter(null, ReviewKind.ATTRIBUTION, null, null), null,
        10).total());
    assertEquals(0, queue.page(new ReviewFilter(null, ReviewKind.DUPLICATE, null, null), null,
        10).items().size(), "the pipeline stores no possible duplicates yet");
    IllegalArgumentException band = assertThrows(IllegalArgumentException.class,
        () -> new ReviewFilter(null, null, 0.9, 0.1));
    assertTrue(band.getMessage().startsWith("minScore"), band.getMessage());
    IllegalArgumentException cursor = assertThrows(IllegalArgumentException.class,
        () -> queue.page(ReviewFilter.all(), "nonsense", 10));
    assertTrue(cursor.getMessage().startsWith("cursor"), cursor.getMessage());
  }

  @Test
  void acceptRejectAndReassignLeaveTheQueueAndTheNextRunShowsThem() {
    List<ReviewItem> items = queue.page(ReviewFilter.all(), null, 10).items();
    ReviewItem accept = items.get(0);
    ReviewItem reject = items.get(1);
    ReviewItem reassign = items.get(2);

    ReviewOutcome noReason = decider.decide(new ReviewDecision(reject.key(), 0,
        ReviewAction.REJECT, null, null, null), "staff-a");
    assertEquals(ReviewOutcome.INVALID, noReason.status());
    assertEquals("reasonCode", noReason.field());
    ReviewOutcome nobody = decider.decide(new ReviewDecision(reassign.key(), 0,
        ReviewAction.REASSIGN, null, null, "NOPE"), "staff-a");
    assertEquals("personCode", nobody.field());

    assertTrue(decider.decide(new ReviewDecision(accept.key(), 0, ReviewAction.ACCEPT, null,
        null, null), "staff-a").recorded());
    assertTrue(decider.decide(new ReviewDecision(reject.key(), 0, ReviewAction.REJECT,
        "not_affiliated", "another university", null), "staff-a").recorded());
    ReviewOutcome moved = decider.decide(new ReviewDecision(reassign.key(), 0,
        ReviewAction.REASSIGN, null, null, "T009"), "staff-a");
    assertTrue(moved.recorded(), moved.toString());
    assertEquals(1, moved.version());
    assertEquals(0, queue.page(ReviewFilter.all(), null, 10).total(), "decided items leave");
    assertEquals(1, db.count("SELECT COUNT(*) FROM decision_event"
        + " WHERE kind = 'unattribute' AND reason_code = 'not_affiliated'"), "the reason is kept");

    pipeline.runFull();
    List<TableRow> rows = new TableQuery(db.dataSource()).changedSince(0, null, 1000).rows()
        .stream().filter(r -> !r.deleted()).toList();
    assertEquals("verified", row(rows, accept.workKey(), "S001").status());
    assertTrue(rows.stream().noneMatch(r -> r.workId().equals(reject.workKey())),
        "rejected: nobody of the university");
    assertEquals("verified", row(rows, reassign.workKey(), "T009").status());
    assertEquals(0, queue.page(ReviewFilter.all(), null, 10).total(),
        "a re-run does not ask again");
  }

  @Test
  void bulkDecidesEachItemOnItsOwnAndReportsConflicts() {
    List<ReviewItem> items = queue.page(ReviewFilter.all(), null, 10).items();
    decider.decide(new ReviewDecision(items.get(0).key(), 0, ReviewAction.ACCEPT, null, null,
        null), "staff-b");
    List<ReviewOutcome> out = decider.decideAll(List.of(
        new ReviewDecision(items.get(0).key(), 0, ReviewAction.ACCEPT, null, null, null),
        new ReviewDecision(items.get(1).key(), 0, ReviewAction.ACCEPT, null, null, null),
        new ReviewDecision("work:x", 0, ReviewAction.ACCEPT, null, null, null),
        new ReviewDecision(items.get(2).key(), 5, ReviewAction.ACCEPT, null, null, null)),
        "staff-a");
    assertEquals(ReviewOutcome.CONFLICT, out.get(0).status(), "staff-b came first");
    assertEquals(1, out.get(0).version());
    assertEquals(ReviewOutcome.RECORDED, out.get(1).status());
    assertEquals(ReviewOutcome.INVALID, out.get(2).status());
    assertEquals("key", out.get(2).field());
    assertEquals(ReviewOutcome.CONFLICT, out.get(3).status(), "a stale version is refused");
    assertEquals(1, queue.page(ReviewFilter.all(), null, 10).total());
  }

  @Test
  void findsPeopleToReassignTo() {
    PeopleSearch search = new PeopleSearch(db.dataSource());
    List<ProposedPerson> wang = search.find("Wang", 10);
    assertEquals(List.of("S001", "T009"), wang.stream().map(ProposedPerson::code).toList());
    ProposedPerson student = search.find("T009", 10).get(0);
    assertEquals("S003", student.supervisorCode());
    assertEquals("史密斯", student.supervisorName());
    assertEquals(List.of("S003"), search.find("史密斯", 10).stream().map(ProposedPerson::code)
        .toList());
    assertTrue(search.find("100%_", 10).isEmpty(), "wildcards are literal");
  }

  private static TableRow row(List<TableRow> rows, String work, String person) {
    return rows.stream().filter(r -> r.workId().equals(work) && r.personId().equals(person))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + work + "/" + person));
  }
}
