package org.acta.core.application.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.acta.core.application.decision.DecisionConflictException;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.domain.shared.DuplicateKeyException;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's confirmations and rejections on a real database after a real pipeline run: the rows
 * change at once, HR's incremental pull returns exactly them, and the next run leaves them as they
 * are; a publication entered by hand goes through the pipeline and becomes the person's row.
 */
class MyPublicationsTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      U2,U0,物理学院,School of Physics,Sch Phys
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,wang.xm@synth.example.edu,,2000,
      S002,staff,李思远,Li Siyuan,U2,,li.sy@synth.example.edu,,2000,
      """;

  @TempDir static Path tmp;
  private static TestDatabase db;

  @BeforeAll
  static void database() throws Exception {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
        new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("a/savedrecs.txt"), 1, 4)));
    new PipelineService(db.dataSource()).runFull();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void answersChangeTheRowsAtOnceHrPullsExactlyThemAndTheNextRunKeepsThem() {
    MyPublications mine = new MyPublications(db.dataSource());
    List<MyPublication> rows = mine.of("S001");
    assertEquals(4, rows.size(), "Wang Xiaoming wrote the four papers");
    assertTrue(mine.of("S002").isEmpty());
    TableQuery table = new TableQuery(db.dataSource());
    long before = table.currentVersion();
    String first = rows.get(0).row().rowId();
    String second = rows.get(1).row().rowId();

    assertThrows(NotYoursException.class, () -> mine.confirm("S002", first, null, "li"));
    assertThrows(IllegalArgumentException.class,
        () -> mine.reject("S001", second, "because", null, null, "wang"));
    assertThrows(IllegalArgumentException.class, () -> mine.confirm("S001", "nope", null, "wang"));

    MyPublication confirmed = mine.confirm("S001", first, 0L, "wang");
    assertEquals("confirmed", confirmed.row().status());
    assertEquals(1.0, confirmed.row().confidence());
    assertEquals(1, confirmed.decisionVersion());
    MyPublication rejected = mine.reject("S001", second, "wrong_unit", "moved", null, "wang");
    assertEquals("disputed", rejected.row().status());
    assertThrows(DecisionConflictException.class, () -> mine.confirm("S001", first, 0L, "wang"));

    List<TableRow> pulled = table.changedSince(before, null, 100).rows();
    assertEquals(Set.of(first, second), pulled.stream().map(TableRow::rowId)
        .collect(Collectors.toSet()), "HR's pull holds exactly the two answered rows");

    PipelineRunReport rerun = new PipelineService(db.dataSource()).runFull();
    assertEquals(0, rerun.rowsChanged(), "the run makes the rows exactly as the answers did: "
        + rerun.summary());
    assertEquals("confirmed", mine.of("S001").stream().filter(p -> p.row().rowId().equals(first))
        .findFirst().orElseThrow().row().status());
  }

  @Test
  void aPublicationEnteredByHandGoesThroughThePipelineToThePersonsRows() {
    ManualPublications manual = new ManualPublications(db.dataSource());
    ManualEntry entry = new ManualEntry("Thermal transport in layered synthetic crystals", 2024,
        "Journal of Invented Physics", "10.99999/manual.1", List.of("Li, Siyuan", "Zhao, Liu"), 1);
    ManualSubmission stored = manual.add("S002", "li", entry);
    assertEquals("Thermal transport in layered synthetic crystals", stored.title());
    assertEquals(null, stored.workId(), "no work before the pipeline ran");
    assertThrows(DuplicateKeyException.class, () -> manual.add("S002", "li", entry));
    assertEquals(1, db.count("SELECT COUNT(*) FROM source_record WHERE source_database = 'MANUAL'"
        + " AND verbatim_text LIKE '%\"person\":\"S002\"%'"), "kept verbatim, origin MANUAL");

    new PipelineService(db.dataSource()).runFull();

    assertNotNull(manual.submitted("S002").get(0).workId(), "the record joined a work");
    List<MyPublication> rows = new MyPublications(db.dataSource()).of("S002");
    assertEquals(List.of("Thermal transport in layered synthetic crystals"),
        rows.stream().map(p -> p.row().title()).toList(), "attributed to the person who entered it");
    assertEquals(1, rows.get(0).row().authorRank());
  }

  @Test
  void anEntryNeedsATitleAnAuthorAndARankAmongTheAuthors() {
    assertThrows(IllegalArgumentException.class,
        () -> new ManualEntry(" ", null, null, null, List.of("A"), 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ManualEntry("T", null, null, null, List.of(" "), 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ManualEntry("T", null, null, null, List.of("A", "B"), 3));
  }
}
