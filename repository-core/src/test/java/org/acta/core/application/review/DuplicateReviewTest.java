package org.acta.core.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.core.application.decision.DecisionKind;
import org.acta.core.application.decision.WorkCurationService;
import org.acta.core.application.decision.WorkEvent;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.testing.SyntheticEiFile;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Possible duplicates through the review queue on MariaDB: twelve WoS papers, and an EI record of
 * paper 5 whose DOI has a typo. Everything else agrees, so the engine scores the pair high, but
 * the hard rule on different DOIs refuses to merge it alone: the run stores it for review.
 */
class DuplicateReviewTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      U2,U0,数学学院,School of Mathematics,Sch Math
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      """;

  @TempDir Path tmp;
  private TestDatabase db;
  private PipelineService pipeline;
  private ReviewQueue queue;
  private ReviewDecider decider;
  private final ReviewFilter duplicates = new ReviewFilter(null, ReviewKind.DUPLICATE, null, null);

  @BeforeEach
  void twelvePapersAndAnEiRecordWithADoiTypo() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource())
        .apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    long batch = imports.openBatch("t", null);
    imports.run(imports.stage(batch, SyntheticWosFile.write(tmp.resolve("savedrecs.txt"), 1, 12)));
    Path ei = SyntheticEiFile.write(tmp.resolve("ei.ris"), 5, 1);
    Files.writeString(ei, Files.readString(ei, StandardCharsets.UTF_8)
        .replace("/synth.5\n", "/synth.55\n"), StandardCharsets.UTF_8);
    imports.run(imports.stage(batch, ei));
    pipeline = new PipelineService(db.dataSource());
    pipeline.runFull();
    queue = new ReviewQueue(db.dataSource());
    decider = new ReviewDecider(db.dataSource());
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void thePairIsListedWithBothWorksAndFilteredLikeAttributionItems() {
    ReviewPage page = queue.page(duplicates, null, 20);
    assertEquals(1, page.total(), page.toString());
    ReviewItem item = page.items().get(0);
    assertEquals(ReviewKind.DUPLICATE, item.kind());
    assertEquals("duplicate:" + item.workKey() + "~" + item.otherWorkKey(), item.key());
    assertTrue(item.score() >= 0.5, "between the thresholds or refused: " + item.score());
    assertTrue(item.evidence().stream().anyMatch(e -> e.contains("different DOIs")),
        item.evidence().toString());
    assertEquals(1, item.sources().size());
    assertEquals(1, item.otherSources().size());
    List<String> dois = List.of(item.sources().get(0).normalised().get("doi"),
        item.otherSources().get(0).normalised().get("doi"));
    assertTrue(dois.contains("10.99999/synth.5") && dois.contains("10.99999/synth.55"),
        dois.toString());
    assertTrue(item.sources().get(0).verbatim().contains("synthetic method number 5"));
    assertNull(item.person());

    // with the attribution items (none here: Wang is certain), one order; a unit with an author
    // in either work keeps it, another unit does not; a score band applies as to attribution
    assertEquals(1, queue.page(ReviewFilter.all(), null, 20).total());
    assertEquals(0, queue.page(new ReviewFilter(null, ReviewKind.ATTRIBUTION, null, null), null,
        20).items().stream().filter(i -> i.kind() == ReviewKind.DUPLICATE).count());
    assertEquals(1, queue.page(new ReviewFilter("U1", ReviewKind.DUPLICATE, null, null), null,
        20).total());
    assertEquals(0, queue.page(new ReviewFilter("U2", ReviewKind.DUPLICATE, null, null), null,
        20).total());
    assertEquals(0, queue.page(new ReviewFilter(null, ReviewKind.DUPLICATE, 0.0, 0.4), null,
        20).total());
    assertTrue(queue.inUnit(item.key(), "U1"));
    assertTrue(!queue.inUnit(item.key(), "U2"));
  }

  @Test
  void sameWorkMergesThroughTheWorksCurationWithHistoryAndUndo() {
    ReviewItem item = queue.page(duplicates, null, 20).items().get(0);
    ReviewOutcome done = decider.decide(new ReviewDecision(item.key(), item.version(),
        ReviewAction.ACCEPT, null, "the DOI of the EI record has a typo", null), "staff-a");
    assertTrue(done.recorded(), done.toString());
    assertEquals(0, queue.page(duplicates, null, 20).total(), "decided: it leaves the queue");
    assertEquals(ReviewOutcome.GONE, decider.decide(new ReviewDecision(item.key(),
        done.version(), ReviewAction.ACCEPT, null, null, null), "staff-b").status());

    pipeline.runIncremental();
    assertEquals(1, worksHolding(item), "one work holds both records");
    assertEquals(0, db.count("SELECT COUNT(*) FROM possible_duplicate"));
    assertEquals(12, db.count("SELECT COUNT(*) FROM table_row WHERE deleted = FALSE"),
        "one row for Wang on paper 5, not two");
    String merged = workOf(item.sources().get(0).id());
    WorkCurationService curation = new WorkCurationService(db.dataSource());
    List<WorkEvent> history = curation.history(merged);
    WorkEvent merge = history.stream().filter(e -> e.kind() == DecisionKind.MERGE).findFirst()
        .orElseThrow(() -> new AssertionError(history.toString()));
    assertTrue(merge.reason().contains("typo"), merge.reason());

    curation.undo(merge.eventId(), "staff-a", "after all", curation.version(item.workKey()));
    pipeline.runIncremental();
    assertEquals(2, worksHolding(item));
    assertEquals(1, queue.page(duplicates, null, 20).total(), "undone: the pair is back");
  }

  @Test
  void differentWorksKeepsThemApartEvenWhenTheEngineWouldMergeThem() {
    ReviewItem item = queue.page(duplicates, null, 20).items().get(0);
    ReviewOutcome done = decider.decide(new ReviewDecision(item.key(), item.version(),
        ReviewAction.REJECT, null, "two papers", null), "staff-a");
    assertTrue(done.recorded(), done.toString());
    assertEquals(0, queue.page(duplicates, null, 20).total());
    pipeline.runFull();
    assertEquals(2, worksHolding(item));
    assertEquals(0, db.count("SELECT COUNT(*) FROM possible_duplicate"),
        "a pair people decided is not proposed again");

    // A corrected EI record (its DOI fixed at the source): now the engine alone would make the
    // two records one work. The keep-apart still holds, on full and incremental runs.
    db.execute("UPDATE source_record SET parsed_fields = REPLACE(parsed_fields, 'synth.55',"
        + " 'synth.5') WHERE source_database = 'EI'");
    pipeline.runFull();
    assertEquals(2, worksHolding(item), "kept apart although the DOIs agree now");
    assertEquals(0, db.count("SELECT COUNT(*) FROM possible_duplicate"));
    pipeline.runIncremental();
    assertEquals(2, worksHolding(item));
    assertEquals(13, db.count("SELECT COUNT(*) FROM work WHERE status = 'active'"));
  }

  @Test
  void bulkDecisionsDecidePairsToo() {
    ReviewItem item = queue.page(duplicates, null, 20).items().get(0);
    List<ReviewOutcome> outcomes = decider.decideAll(List.of(
        new ReviewDecision(item.key(), item.version(), ReviewAction.REJECT, "other", null, null),
        new ReviewDecision(item.key(), item.version(), ReviewAction.REASSIGN, null, null, "S001")),
        "staff-a");
    assertTrue(outcomes.get(0).recorded(), outcomes.toString());
    assertEquals(ReviewOutcome.INVALID, outcomes.get(1).status(), outcomes.toString());
  }

  @Test
  void pairsSharingAWorkAreEachDecidedWithTheVersionsListedAtFirst() throws Exception {
    // a second EI record of paper 5 with another typo: three pairs, each work in two of them
    ImportService imports = new ImportService(db.dataSource());
    Path ei = SyntheticEiFile.write(tmp.resolve("ei2.ris"), 5, 1);
    Files.writeString(ei, Files.readString(ei, StandardCharsets.UTF_8)
        .replace("/synth.5\n", "/synth.56\n").replace("2020000000000", "2021000000000"),
        StandardCharsets.UTF_8);
    imports.run(imports.stage(imports.openBatch("t", null), ei));
    pipeline.runIncremental();
    List<ReviewItem> pairs = queue.page(duplicates, null, 20).items();
    assertEquals(3, pairs.size(), pairs.toString());
    // decided one after the other from the list as first shown: deciding one pair moves its
    // work's version on, which is no conflict for another pair of the same work
    List<ReviewOutcome> outcomes = decider.decideAll(pairs.stream().map(p -> new ReviewDecision(
        p.key(), p.version(), ReviewAction.REJECT, null, null, null)).toList(), "staff-a");
    assertTrue(outcomes.stream().allMatch(ReviewOutcome::recorded), outcomes.toString());
    // a second answer to a decided pair is not recorded: gone from the queue (a conflict when
    // the version it names is not its work's current one)
    ReviewOutcome again = decider.decide(new ReviewDecision(pairs.get(0).key(),
        pairs.get(0).version(), ReviewAction.ACCEPT, null, null, null), "staff-b");
    assertTrue(List.of(ReviewOutcome.GONE, ReviewOutcome.CONFLICT).contains(again.status()),
        again.toString());
    pipeline.runFull();
    assertEquals(0, db.count("SELECT COUNT(*) FROM possible_duplicate"));
    assertEquals(14, db.count("SELECT COUNT(*) FROM work WHERE status = 'active'"),
        "eleven papers, and paper 5 three times apart");
  }

  private long worksHolding(ReviewItem item) {
    return db.count("SELECT COUNT(DISTINCT m.work_id) FROM work_member m JOIN work w"
        + " ON w.id = m.work_id WHERE w.status = 'active' AND m.source_record_id IN ("
        + item.sources().get(0).id() + ", " + item.otherSources().get(0).id() + ")");
  }

  private String workOf(long recordId) {
    try (var c = db.dataSource().getConnection();
        var ps = c.prepareStatement("SELECT w.work_key FROM work_member m JOIN work w"
            + " ON w.id = m.work_id WHERE m.source_record_id = ?")) {
      ps.setLong(1, recordId);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
