package org.acta.core.application.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.pipeline.PipelineRunReport;
import org.acta.core.application.pipeline.PipelineService;
import org.acta.core.application.pipeline.ReindexReport;
import org.acta.core.application.pipeline.ReindexService;
import org.acta.core.application.pipeline.TablePage;
import org.acta.core.application.pipeline.TableQuery;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.indexing.EsiFlagRule;
import org.acta.matching.indexing.IndexingConfig;
import org.acta.matching.indexing.JcrYearRule;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The university's indexing rules stored in the database: pipeline runs and re-indexing use
 * them, every work's provenance states them, and changing them re-indexes only the rows whose
 * values change. The subject mapping's disciplines, which the table has no column for, are kept
 * with the work's indexing detail.
 */
class IndexingSettingsTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      """;
  /** SyntheticWosFile papers 1..30: years 2015 + n % 10, journals by title. */
  private static final int PAPERS = 30;

  @TempDir static Path tmp;
  private static TestDatabase db;

  @BeforeAll
  static void database() throws IOException {
    db = TestDatabase.create();
    new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
        new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("w/savedrecs.txt"), 1, PAPERS)));
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  private static Path jcr(int year) throws IOException {
    StringBuilder b = new StringBuilder("year,title,category,edition,impact_factor,quartile\n");
    for (int n = 0; n < 50; n++) {
      b.append(year).append(",JOURNAL OF SYNTHETIC RESULTS ").append(n)
          .append(",\"CHEMISTRY, PHYSICAL\",SCIE,").append(year - 2000).append('.').append(n)
          .append(",Q").append(1 + (n + year) % 4).append('\n');
    }
    Path p = tmp.resolve("jcr-" + year + ".csv");
    Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static Map<String, TableRow> table() {
    Map<String, TableRow> rows = new HashMap<>();
    String cursor = null;
    do {
      TablePage page = new TableQuery(db.dataSource()).changedSince(0, cursor, 1000);
      page.rows().forEach(r -> rows.put(r.rowId(), r));
      cursor = page.nextCursor();
    } while (cursor != null);
    return rows;
  }

  @Test
  void theStoredRulesGovernIndexingAndEveryWorksProvenanceStatesThem() throws Exception {
    IndexingSettingsStore settings = new IndexingSettingsStore(db.dataSource());
    IndexingSettings defaults = settings.current();
    assertEquals("PUBLICATION_YEAR_OR_EARLIER", defaults.jcrYearRule());
    assertNull(defaults.changedBy(), "never set: the defaults");

    Path subjects = tmp.resolve("subjects.csv");
    Files.writeString(subjects, "category,esi_field,discipline\n"
        + "\"CHEMISTRY, PHYSICAL\",CHEMISTRY,化学工程与技术\n", StandardCharsets.UTF_8);
    new IndexListStore(db.dataSource()).importFiles(List.of(jcr(2020), jcr(2022), subjects),
        "librarian");
    PipelineRunReport run = new PipelineService(db.dataSource()).runFull();
    Map<String, TableRow> before = table();
    assertEquals(PAPERS, before.size());
    WorkIndexingStore detail = new WorkIndexingStore(db.dataSource());
    for (TableRow r : before.values()) {
      WorkIndexing w = detail.find(r.workId()).orElseThrow(() -> new AssertionError(
          "every work in the table has its indexing detail: " + r.workId()));
      assertTrue(w.provenance().get("jcr_quartile").contains(
          "rule: JCR of the publication year, else the latest earlier year"), w.toString());
      if (r.jcrQuartile() != null) {
        assertEquals(List.of("CHEMISTRY, PHYSICAL"), w.jcrCategories());
        assertEquals(List.of("化学工程与技术"), w.disciplines(), "the university's discipline");
        assertEquals("CHEMISTRY", r.esiField(), "WoS category → ESI field by the mapping");
        assertTrue(w.provenance().get("esi_field").contains("subject mapping"), w.toString());
      }
    }
    long rows2021 = before.values().stream().filter(r -> r.year() == 2021).count();
    assertTrue(before.values().stream().filter(r -> r.year() == 2021)
        .allMatch(r -> r.jcrQuartile() != null), "2021 falls back to JCR 2020");

    // the university counts the JCR of the publication year only
    IndexingSettings set = settings.save(IndexingConfig.defaults()
        .withJcrYearRule(JcrYearRule.PUBLICATION_YEAR), "admin");
    assertEquals("PUBLICATION_YEAR", set.jcrYearRule());
    assertEquals("admin", set.changedBy());
    assertNotNull(set.changedAt());
    ReindexReport reindex = new ReindexService(db.dataSource()).reindex();
    assertEquals(run.version() + 1, reindex.version(), reindex.summary());
    Map<String, TableRow> after = table();
    int changed = 0;
    for (TableRow r : after.values()) {
      TableRow old = before.get(r.rowId());
      if (r.year() == 2021 || r.year() == 2023 || r.year() == 2024) {
        // no JCR of their own year: the fallback values go
        assertNull(r.jcrQuartile(), r.toString());
        assertEquals(reindex.version(), r.version());
        changed++;
      } else {
        assertEquals(old, r, "rows whose values stay keep their version");
      }
      String why = detail.find(r.workId()).orElseThrow().provenance().get("jcr_quartile");
      assertTrue(why.contains("rule: JCR of the publication year")
          && !why.contains("else the latest earlier year"), "the new rule on every row: " + why);
    }
    assertEquals(changed, reindex.rowsChanged());
    assertTrue(changed >= rows2021);

    // the rules are appended, never overwritten; the previous ones stay readable
    settings.save(settings.current().config().withEsiFlagRule(EsiFlagRule.LATEST_EDITION),
        "admin");
    assertEquals(List.of("PUBLICATION_YEAR|EVER", "PUBLICATION_YEAR|LATEST_EDITION"),
        settings.history().stream().map(s -> s.jcrYearRule() + "|" + s.esiFlagRule()).toList());
    PipelineRunReport again = new PipelineService(db.dataSource()).runFull();
    assertEquals(0, again.rowsChanged(), "a full run uses the same stored rules as re-indexing");
  }

  @Test
  void aRuleNameThatIsNotARuleIsRefusedNamingTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndexingSettings.parse(IndexingConfig.defaults(), "newest", null, null));
    assertTrue(e.getMessage().startsWith("jcrYearRule: \"newest\" is not one of"), e.getMessage());
    assertEquals(JcrYearRule.LATEST, IndexingSettings.parse(IndexingConfig.defaults(), "latest",
        null, null).jcrYearRule());
  }
}
