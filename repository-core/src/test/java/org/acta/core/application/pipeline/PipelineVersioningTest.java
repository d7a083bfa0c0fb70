package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.directory.HrImportReport;
import org.acta.core.application.imports.ImportService;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one table's change sequence across imports, re-runs and HR changes, read the way HR's
 * system pulls it.
 */
class PipelineVersioningTest {
  private static final String UNITS = """
      unit_id,parent_id,name_zh,name_en,variants
      U0,,合成理工大学,Synthetic University of Technology,Synthetic Univ Technol
      U1,U0,化学工程学院,School of Chemical Engineering,Sch Chem Engn
      U2,U0,物理学院,School of Physics,Sch Phys
      """;
  private static final String PEOPLE = """
      person_id,kind,name_zh,name_en,unit_id,supervisor_id,email,orcid,start_year,end_year
      S001,staff,王晓明,Wang Xiaoming,U1,,,,2000,
      S002,staff,李四,Li Si,U2,,,,2000,
      """;

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

  @Test
  void rowsGetANewVersionOnlyWhenTheyChangeAndPullsAddUpToTheTable() throws Exception {
    HrDirectoryImport hr = new HrDirectoryImport(db.dataSource());
    hr.apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr-1");
    ImportService imports = new ImportService(db.dataSource());
    PipelineService pipeline = new PipelineService(db.dataSource());
    TableQuery table = new TableQuery(db.dataSource());

    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("a/savedrecs.txt"), 1, 5)));
    PipelineRunReport first = pipeline.runFull();
    assertEquals(5, first.works());
    assertEquals(5, first.rowsChanged(), first.summary());
    assertEquals(1, first.version());
    assertEquals(5, pullAll(table, 0, 2).size(), "paged full pull");
    assertTrue(table.changedSince(1, null, 10).rows().isEmpty());

    PipelineRunReport same = pipeline.runFull();
    assertEquals(0, same.rowsChanged());
    assertEquals(1, same.version(), "nothing changed: no new version");

    imports.run(imports.stage(imports.openBatch("t", null),
        SyntheticWosFile.write(tmp.resolve("b/savedrecs(1).txt"), 4, 5)));
    PipelineRunReport second = pipeline.runFull();
    assertEquals(8, second.works());
    assertEquals(3, second.rowsChanged(), second.summary());
    assertEquals(2, second.version());
    List<TableRow> increment = pullAll(table, 1, 2);
    assertEquals(3, increment.size());
    increment.forEach(r -> assertEquals(2, r.version()));
    assertEquals(increment, streamed(table, 1, TableFilter.NONE),
        "the streamed read (CSV, XLSX) gives the rows the pages give, in the same order");
    assertEquals(pullAll(table, 0, 3), streamed(table, 0, TableFilter.NONE));
    String unit = increment.get(0).unitId();
    assertEquals(pullAll(table, 0, 3).stream().filter(r -> unit.equals(r.unitId())).toList(),
        streamed(table, 0, new TableFilter(null, unit, null, null, null)));

    // HR moves the person to a unit the papers do not name: the attributions go to review, so
    // their rows are deleted (kept, flagged, at a new version), and come back when HR undoes it.
    hr.apply(new StringReader(UNITS),
        new StringReader(PEOPLE.replace("Wang Xiaoming,U1", "Wang Xiaoming,U2")), "hr-2");
    PipelineRunReport moved = pipeline.runFull();
    assertEquals(8, moved.rowsDeleted(), moved.summary());
    assertEquals(0, moved.rowsChanged());
    List<TableRow> third = pullAll(table, 2, 3);
    assertEquals(8, third.size());
    third.forEach(r -> assertTrue(r.deleted()));
    third.forEach(r -> assertEquals(3, r.version()));

    hr.apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr-3");
    PipelineRunReport back = pipeline.runFull();
    assertEquals(8, back.rowsChanged(), back.summary());
    assertEquals(4, back.version());

    Set<String> ids = new HashSet<>();
    List<TableRow> full = pullAll(table, 0, 3);
    full.forEach(r -> ids.add(r.rowId()));
    assertEquals(8, full.size(), "a full pull has each row once, at its latest version");
    assertEquals(8, ids.size());
    full.forEach(r -> assertTrue(!r.deleted() && r.version() == 4));
  }

  @Test
  void peopleWhoLeaveHrAreKeptAndMarkedWithHistory() {
    HrDirectoryImport hr = new HrDirectoryImport(db.dataSource());
    hr.apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr-a");
    String withoutLi = PEOPLE.lines().filter(l -> !l.startsWith("S002"))
        .reduce("", (a, b) -> a + b + "\n");
    HrImportReport left = hr.apply(new StringReader(UNITS), new StringReader(withoutLi), "hr-b");
    assertEquals(1, left.peopleLeft());
    assertEquals(1, db.count("SELECT COUNT(*) FROM person WHERE code = 'S002'"
        + " AND left_hr_at IS NOT NULL"));
    HrImportReport back = hr.apply(new StringReader(UNITS), new StringReader(PEOPLE), "hr-c");
    assertEquals(1, back.peopleReturned());
    assertEquals(0, back.peopleAdded());
    assertEquals(1, db.count("SELECT COUNT(*) FROM directory_change WHERE code = 'S002'"
        + " AND change_kind = 'left'"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM directory_change WHERE code = 'S002'"
        + " AND change_kind = 'returned'"));
  }

  private static List<TableRow> streamed(TableQuery table, long since, TableFilter filter)
      throws Exception {
    List<TableRow> out = new ArrayList<>();
    long version = table.forEachChangedSince(since, filter, out::add);
    assertEquals(table.currentVersion(), version);
    return out;
  }

  private static List<TableRow> pullAll(TableQuery table, long since, int limit) {
    List<TableRow> out = new ArrayList<>();
    String cursor = null;
    do {
      TablePage page = table.changedSince(since, cursor, limit);
      out.addAll(page.rows());
      cursor = page.nextCursor();
      if (cursor == null) {
        assertTrue(page.rows().size() <= limit);
      }
    } while (cursor != null);
    assertNull(cursor);
    return out;
  }
}
