package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.indexing.IndexListStore;
import org.acta.core.application.indexing.ListImportReport;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists stored per version in the database; importing a new JCR year gives new versions only to
 * the rows of that year, and the earlier lists and rows stay as they were.
 */
class ReindexAfterListImportTest {
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
  static void database() {
    db = TestDatabase.create();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  /** A JCR year for the synthetic journals (matched by title), with a quartile per year. */
  private static Path jcr(String name, int year, int quartileShift) throws IOException {
    StringBuilder b = new StringBuilder("year,title,category,edition,impact_factor,quartile\n");
    for (int n = 0; n < 50; n++) {
      int q = 1 + (n + year + quartileShift) % 4;
      b.append(year).append(",JOURNAL OF SYNTHETIC RESULTS ").append(n)
          .append(",\"CHEMISTRY, PHYSICAL\",SCIE,").append(year - 2000).append('.')
          .append(n).append(",Q").append(q).append('\n');
    }
    Path p = tmp.resolve(name);
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
  void aNewJcrYearChangesOnlyTheRowsOfThatYearAndKeepsThePreviousLists() throws Exception {
    new HrDirectoryImport(db.dataSource()).apply(new StringReader(UNITS),
        new StringReader(PEOPLE), "hr");
    ImportService imports = new ImportService(db.dataSource());
    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("w/savedrecs.txt"), 1, PAPERS)));
    IndexListStore store = new IndexListStore(db.dataSource());
    ListImportReport first = store.importFiles(
        List.of(jcr("jcr-2020.csv", 2020, 0), jcr("jcr-2022.csv", 2022, 0)), "librarian");
    assertEquals(List.of("JCR 2020 v1", "JCR 2022 v1"), first.created());

    PipelineRunReport run = new PipelineService(db.dataSource()).runFull();
    assertEquals(1, run.version(), run.summary());
    Map<String, TableRow> before = table();
    assertEquals(PAPERS, before.size());
    // 2021 papers fall back to JCR 2020 (publication year, else the latest earlier year)
    TableRow a2021 = before.values().stream().filter(r -> r.year() == 2021).findFirst()
        .orElseThrow();
    assertNotNull(a2021.jcrQuartile());
    assertTrue(a2021.impactFactor().startsWith("20."), a2021.impactFactor());
    before.values().stream().filter(r -> r.year() < 2020)
        .forEach(r -> assertNull(r.jcrQuartile(), r.toString()));

    ListImportReport added = store.importFiles(List.of(jcr("jcr-2021.csv", 2021, 0)),
        "librarian");
    assertEquals(List.of("JCR 2021 v1"), added.created());
    ReindexReport reindex = new ReindexService(db.dataSource()).reindex();
    assertEquals(2, reindex.version(), reindex.summary());

    Map<String, TableRow> after = table();
    List<TableRow> changed = new ArrayList<>();
    for (TableRow r : after.values()) {
      TableRow old = before.get(r.rowId());
      if (r.version() == 2) {
        changed.add(r);
        assertEquals(2021, r.year(), "only 2021 rows change: " + r);
        assertTrue(r.impactFactor().startsWith("21."), r.impactFactor());
      } else {
        assertEquals(old, r, "rows of other years are untouched");
      }
    }
    long rows2021 = before.values().stream().filter(r -> r.year() == 2021).count();
    assertEquals(rows2021, changed.size());
    assertEquals(rows2021, reindex.rowsChanged());
    assertEquals(rows2021, new TableQuery(db.dataSource()).changedSince(1, null, 1000)
        .rows().size(), "an incremental pull sees exactly the re-indexed rows");

    // the same file again: no new list version, no new table version
    assertEquals(List.of("JCR 2021 v1"), store.importFiles(
        List.of(jcr("jcr-2021.csv", 2021, 0)), "librarian").unchanged());
    assertEquals(0, new ReindexService(db.dataSource()).reindex().rowsChanged());

    // a corrected 2021 release is a new version; the first stays stored as it was
    assertEquals(List.of("JCR 2021 v2"), store.importFiles(
        List.of(jcr("jcr-2021.csv", 2021, 1)), "librarian").created());
    assertEquals(2, db.count("SELECT COUNT(*) FROM index_list WHERE edition = '2021'"));
    assertEquals(50, db.count("SELECT COUNT(*) FROM index_list_entry e JOIN index_list l"
        + " ON l.id = e.list_id WHERE l.edition = '2021' AND l.version = 1"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM index_list WHERE edition = '2020'"));
    ReindexReport corrected = new ReindexService(db.dataSource()).reindex();
    assertEquals(rows2021, corrected.rowsChanged(), corrected.summary());
    assertEquals(3, corrected.version());

    List<org.acta.core.application.indexing.ListVersion> versions = store.versions();
    assertEquals(List.of("2020 v1 true", "2022 v1 true", "2021 v1 false", "2021 v2 true"),
        versions.stream().map(v -> v.edition() + " v" + v.version() + " " + v.current())
            .toList());
    assertEquals("librarian", versions.get(0).importedBy());
    assertEquals(50, versions.get(0).entries());

    // a full pipeline run agrees with the re-index: nothing to change
    PipelineRunReport again = new PipelineService(db.dataSource()).runFull();
    assertEquals(0, again.rowsChanged(), again.summary());
    assertEquals(3, again.version());
  }
}
