package org.acta.core.application.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.acta.core.application.decision.DecisionConflictException;
import org.acta.core.application.decision.RecordedDecision;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A work read whole after a pipeline run over MariaDB: provenance that points at real source
 * records, verbatim texts with their place in the file, authorships, the table rows, and the
 * history of curation decisions with undo.
 */
class WorkDetailQueryTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      """;

  @TempDir static Path tmp;
  private static TestDatabase db;
  private static WorkDetailQuery works;
  private static WorkCurator curation;
  private static String duplicated;

  @BeforeAll
  static void importAndRun() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
        new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("a/savedrecs.txt"), 1, 4)));
    // Paper 1 again under another accession number: the same publication, a second record.
    Path b = SyntheticWosFile.write(tmp.resolve("b/savedrecs(1).txt"), 1, 1);
    Files.writeString(b, Files.readString(b, StandardCharsets.UTF_8)
        .replace("UT WOS:000000000000001", "UT WOS:000000000900001"), StandardCharsets.UTF_8);
    imports.run(imports.stage(imports.openBatch("t", null), b));
    new PipelineService(db.dataSource()).runFull();
    works = new WorkDetailQuery(db.dataSource());
    curation = new DecisionLogCuration(db.dataSource());
    duplicated = works.search("10.99999/SYNTH.1", 10).get(0).workId();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void aWorkShowsEachFieldWithTheRecordAndRuleItCameFrom() {
    WorkDetail w = works.find(duplicated).orElseThrow();
    assertEquals("active", w.status());
    assertEquals(2, w.sources().size(), "both readings of paper 1 are members");
    Set<Long> members = w.sources().stream().map(WorkSource::recordId).collect(Collectors.toSet());
    MergedField doi = field(w, "doi");
    assertEquals("10.99999/synth.1", doi.value());
    assertTrue(doi.rule().contains("WOS"), doi.rule());
    assertEquals(1, doi.sources().size());
    assertTrue(members.contains(doi.sources().get(0).recordId()),
        "provenance points at a member record: " + doi);
    assertEquals("WOS", doi.sources().get(0).database());
    assertTrue(field(w, "title").value().startsWith("Study 1 of"));
    assertFalse(w.evidence().isEmpty(), "why the two records are one work");

    WorkSource first = w.sources().get(0);
    assertTrue(first.verbatimText().startsWith("PT J"), first.verbatimText());
    assertTrue(first.verbatimText().contains("DI 10.99999/synth.1"));
    assertTrue(first.firstLine() >= 1 && first.lastLine() > first.firstLine());
    assertEquals(1, first.recordNumber());
    assertEquals("2016", first.normalised().get("year"));
    assertEquals(List.of("Wang, Xiaoming", "Smith, John"), first.authors());
  }

  @Test
  void authorshipsCarryPersonUnitScoreAndEvidenceAndTheRowHrGets() {
    WorkDetail w = works.find(duplicated).orElseThrow();
    WorkAuthorship wang = w.authorships().stream().filter(a -> a.authorRank() == 1)
        .findFirst().orElseThrow();
    assertEquals("S001", wang.personCode());
    assertEquals("王晓明", wang.personName());
    assertEquals("U1", wang.unitCode());
    assertEquals("auto", wang.outcome());
    assertTrue(wang.score() > 0.5);
    assertFalse(wang.evidence().isBlank());
    assertEquals("authorship:" + duplicated + "#1", wang.itemKey());
    assertEquals(1, w.rows().size());
    assertEquals("S001", w.rows().get(0).get("person_id"));
    assertEquals(duplicated, w.rows().get(0).get("work_id"));
  }

  @Test
  void searchFindsByTitleAndDoiButNotOtherWorks() {
    assertEquals(List.of(duplicated),
        works.search("10.99999/synth.1", 10).stream().map(WorkSummary::workId).toList());
    assertEquals(List.of(duplicated), works.search("https://doi.org/10.99999/synth.1", 10)
        .stream().map(WorkSummary::workId).toList());
    List<WorkSummary> byTitle = works.search("Study 3 of", 10);
    assertEquals(1, byTitle.size());
    assertEquals(1, byTitle.get(0).records());
    assertTrue(works.search("no such paper anywhere", 10).isEmpty());
    assertTrue(works.find("no-such-work").isEmpty());
  }

  @Test
  void splitAndItsUndoAreInTheHistoryWithActorReasonAndVersions() {
    WorkDetail before = works.find(duplicated).orElseThrow();
    long second = before.sources().get(1).recordId();

    IllegalArgumentException outsider = assertThrows(IllegalArgumentException.class,
        () -> curation.split(duplicated, List.of(-5L), "staff1", "x", before.version()));
    assertTrue(outsider.getMessage().startsWith("recordIds:"), outsider.getMessage());
    IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
        () -> curation.split(duplicated, before.sources().stream().map(WorkSource::recordId)
            .toList(), "staff1", "x", before.version()));
    assertTrue(all.getMessage().startsWith("recordIds:"), all.getMessage());

    RecordedDecision split = curation.split(duplicated, List.of(second), "staff1",
        "a different paper", before.version());
    assertThrows(DecisionConflictException.class, () -> curation.split(duplicated,
        List.of(second), "staff2", "stale", before.version()));

    WorkDetail after = works.find(duplicated).orElseThrow();
    assertEquals(before.version() + 1, after.version());
    WorkEvent event = after.history().stream().filter(e -> e.eventId() == split.eventId())
        .findFirst().orElseThrow();
    assertEquals("split", event.kind());
    assertEquals("staff1", event.actor());
    assertEquals("a different paper", event.reason());
    assertNotNull(event.occurredAt());
    assertTrue(event.evidence().contains(Long.toString(second)), event.evidence());
    assertFalse(event.undone());

    // the next run honours the split: the work's records are in two works now
    PipelineService pipeline = new PipelineService(db.dataSource());
    pipeline.runIncremental();
    WorkDetail kept = works.find(duplicated).orElseThrow();
    assertEquals(List.of(before.sources().get(0).recordId()),
        kept.sources().stream().map(WorkSource::recordId).toList(), "the other record stays");
    List<WorkSummary> parts = works.search("10.99999/synth.1", 10);
    assertEquals(2, parts.size(), "the record that left is a work of its own: " + parts);

    curation.undo(duplicated, split.eventId(), "staff1", "my mistake", event.itemVersion());
    pipeline.runIncremental();
    WorkDetail undone = works.find(duplicated).orElseThrow();
    assertEquals("active", undone.status(), "the undo gives the machine's work back");
    assertEquals(2, undone.sources().size());
    assertTrue(undone.history().stream().filter(e -> e.eventId() == split.eventId())
        .findFirst().orElseThrow().undone());
    WorkEvent undo = undone.history().get(undone.history().size() - 1);
    assertEquals("undo", undo.kind());
    assertEquals(split.eventId(), undo.reverses());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> curation.undo(duplicated, split.eventId(), "staff1", "again", undo.itemVersion()));
    assertTrue(twice.getMessage().startsWith("eventId:"), twice.getMessage());
  }

  @Test
  void mergeNamesTheOtherWorkAndRefusesUnknownOrSameWorks() {
    String other = works.search("Study 4 of", 10).get(0).workId();
    String target = works.search("Study 2 of", 10).get(0).workId();
    UnknownWorkException unknown = assertThrows(UnknownWorkException.class,
        () -> curation.merge(target, "nope", "staff1", "same", 0));
    assertEquals("otherWorkId", unknown.field());
    assertThrows(IllegalArgumentException.class,
        () -> curation.merge(target, target, "staff1", "same", 0));
    RecordedDecision merged = curation.merge(target, other, "staff1", "same paper", 0);
    WorkEvent event = works.find(target).orElseThrow().history().stream()
        .filter(e -> e.eventId() == merged.eventId()).findFirst().orElseThrow();
    assertEquals("merge", event.kind());
    assertTrue(event.evidence().contains(other), event.evidence());
  }

  @Test
  void aWorkWhoseRecordsMovedOnLeadsToTheWorksThatHoldThemNow() throws Exception {
    ImportService imports = new ImportService(db.dataSource());
    PipelineService pipeline = new PipelineService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("c/savedrecs.txt"), 5, 1)));
    pipeline.runFull();
    String before = works.search("10.99999/synth.5", 10).get(0).workId();
    assertTrue(works.find(before).orElseThrow().successors().isEmpty());
    // another copy of paper 5 joins it, with a lower accession number: the work's key (derived
    // from its members' lowest natural key) changes
    Path copy = SyntheticWosFile.write(tmp.resolve("d/savedrecs.txt"), 5, 1);
    Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8)
        .replace("UT WOS:000000000000005", "UT WOS:000000000000000"), StandardCharsets.UTF_8);
    imports.run(imports.stage(imports.openBatch("t", null), copy));
    pipeline.runFull();
    String after = works.search("10.99999/synth.5", 10).get(0).workId();
    WorkDetail old = works.find(before).orElseThrow();
    assertFalse(after.equals(before), "the work has a new key");
    assertEquals("withdrawn", old.status());
    assertEquals(List.of(after), old.successors());
    assertTrue(old.sources().isEmpty(), "its records are members of the new work");
    assertFalse(old.fields().isEmpty(), "what it was stays readable");
    assertEquals(2, works.find(after).orElseThrow().sources().size());
  }

  private static MergedField field(WorkDetail w, String name) {
    return w.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
  }
}
