package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.directory.PeopleFileChange;
import org.acta.core.application.directory.UnitNameChange;
import org.acta.core.application.directory.UnitNames;
import org.acta.core.application.imports.ImportProgress;
import org.acta.core.application.imports.ImportService;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dictionary preview on the demo university (deploy/demo), on a real MariaDB: it changes
 * nothing, and what it predicts is what saving the change and running the pipeline then does to
 * the stored table and review queue, position by position.
 */
class DictionaryPreviewTest {
  private static final Path DEMO = Path.of("..", "deploy", "demo");

  private TestDatabase db;

  @TempDir Path tmp;

  @BeforeEach
  void demoUniversityWithItsPipelineRun() throws Exception {
    db = TestDatabase.create();
    try (Reader u = Files.newBufferedReader(DEMO.resolve("units.csv"));
        Reader p = Files.newBufferedReader(DEMO.resolve("people.csv"))) {
      new HrDirectoryImport(db.dataSource()).apply(u, p, "demo");
    }
    ImportService imports = new ImportService(db.dataSource());
    long batch = imports.openBatch("test", "demo");
    for (String f : List.of("wos-demo.txt", "ei-demo.ris", "cnki-demo-refworks.txt",
        "wos-demo-review.txt")) {
      ImportProgress done = imports.run(imports.stage(batch, DEMO.resolve(f)));
      assertEquals(ImportProgress.FINISHED, done.status(), f);
    }
    new PipelineService(db.dataSource()).runFull();
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void aPeopleFileMovingSomeoneToAnotherSchoolIsPredictedExactlyAndNothingIsSaved()
      throws Exception {
    // 赵磊 (S1004) moves from materials to computer science in HR's new export
    Path file = tmp.resolve("people-new.csv");
    Files.writeString(file, Files.readString(DEMO.resolve("people.csv"), StandardCharsets.UTF_8)
        .replace("S1004,staff,赵磊,Zhao Lei,QCU-MSE", "S1004,staff,赵磊,Zhao Lei,QCU-CS"),
        StandardCharsets.UTF_8);
    Map<String, String> tableBefore = positions();
    long changesBefore = db.count("SELECT COUNT(*) FROM directory_change");

    DictionaryPreview preview = new DictionaryPreviewService(db.dataSource())
        .preview(PeopleFileChange.read(file));

    assertFalse(preview.changesNothing(), preview.toString());
    assertTrue(preview.examples().stream().anyMatch(e ->
        "S1004".equals(e.before().personCode()) || "S1004".equals(e.after().personCode())),
        preview.toString());
    assertEquals(tableBefore, positions(), "a preview writes nothing");
    assertEquals(changesBefore, db.count("SELECT COUNT(*) FROM directory_change"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM person WHERE code = 'S1004' AND unit_id ="
        + " (SELECT id FROM unit WHERE code = 'QCU-MSE')"));

    new HrDirectoryImport(db.dataSource()).apply(null, file, "people-new.csv");
    new PipelineService(db.dataSource()).runFull();
    assertPredicted(preview, tableBefore, positions());
  }

  @Test
  void aUnitNameIsPredictedExactlyBothWays() throws Exception {
    Map<String, String> before = positions();
    // the city as a name of computer science: the Wang Wei whose address names only the
    // university and the city is no longer in doubt, but the other Wang Wei's CNKI paper is
    UnitNameChange change = new UnitNameChange("QCU-CS", "Linshui", true);
    DictionaryPreview preview = new DictionaryPreviewService(db.dataSource()).preview(change);
    assertEquals(before, positions(), "a preview writes nothing");
    assertEquals(1, preview.added(), preview.toString());
    assertEquals(1, preview.toReview(), preview.toString());
    DictionaryPreview.Example added = preview.examples().stream()
        .filter(e -> e.kind().equals("added")).findFirst().orElseThrow();
    assertEquals("review", added.before().state());
    assertEquals("table", added.after().state());
    assertEquals("S1002", added.after().personCode());
    assertEquals("Wang, Wei", added.author());
    assertTrue(added.title() != null && !added.title().isBlank(), added.toString());

    new UnitNames(db.dataSource()).apply(change, "test");
    assertEquals(1, db.count("SELECT COUNT(*) FROM directory_change WHERE code = 'QCU-CS'"
        + " AND source_name LIKE '%Linshui%by test'"));
    new PipelineService(db.dataSource()).runFull();
    Map<String, String> after = positions();
    assertPredicted(preview, before, after);

    // and removing it again predicts the way back
    UnitNameChange back = new UnitNameChange("QCU-CS", "Linshui", false);
    DictionaryPreview undo = new DictionaryPreviewService(db.dataSource()).preview(back);
    new UnitNames(db.dataSource()).apply(back, "test");
    new PipelineService(db.dataSource()).runFull();
    assertPredicted(undo, after, positions());
    assertEquals(before, positions());
  }

  @Test
  void aChangeThatDoesNotFitNamesTheField() throws Exception {
    DictionaryPreviewService previews = new DictionaryPreviewService(db.dataSource());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> previews.preview(new UnitNameChange("NO-SUCH", "x", true)));
    assertTrue(unknown.getMessage().startsWith("unitCode:"), unknown.getMessage());
    IllegalArgumentException official = assertThrows(IllegalArgumentException.class,
        () -> previews.preview(new UnitNameChange("QCU-CS", "计算机科学与技术学院", false)));
    assertTrue(official.getMessage().startsWith("name:"), official.getMessage());
    Path file = tmp.resolve("bad.csv");
    Files.writeString(file, "person_id,kind,name_zh,name_en,unit_id\nX1,staff,甲,Jia,NOPE\n");
    IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
        () -> previews.preview(PeopleFileChange.read(file)));
    assertTrue(unit.getMessage().contains("bad.csv") && unit.getMessage().contains("NOPE"),
        unit.getMessage());
  }

  /**
   * The preview's counts equal the differences between the stored positions before and after
   * the change was saved and the pipeline run.
   */
  private static void assertPredicted(DictionaryPreview preview, Map<String, String> before,
      Map<String, String> after) {
    Map<String, Integer> actual = new HashMap<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      String b = before.getOrDefault(key, "none");
      String a = after.getOrDefault(key, "none");
      String kind;
      if (b.startsWith("table") && a.startsWith("table")) {
        kind = b.equals(a) ? null : "moved";
      } else if (a.startsWith("table")) {
        kind = "added";
      } else if (a.startsWith("review")) {
        kind = a.equals(b) ? null : "to_review";
      } else if (b.startsWith("table")) {
        kind = "removed";
      } else {
        kind = b.startsWith("review") ? "left_review" : null;
      }
      if (kind != null) {
        actual.merge(kind, 1, Integer::sum);
      }
    }
    Map<String, Integer> predicted = new HashMap<>();
    put(predicted, "added", preview.added());
    put(predicted, "removed", preview.removed());
    put(predicted, "moved", preview.moved());
    put(predicted, "to_review", preview.toReview());
    put(predicted, "left_review", preview.leftReview());
    assertEquals(actual, predicted, "before " + before + "\nafter " + after);
  }

  private static void put(Map<String, Integer> m, String k, int v) {
    if (v > 0) {
      m.put(k, v);
    }
  }

  /** Every stored position: {@code table person unit} or {@code review person}. */
  private Map<String, String> positions() throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Connection c = db.dataSource().getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT w.work_key, s.author_rank,"
              + " s.person_code FROM authorship_suggestion s JOIN work w ON w.id = s.work_id"
              + " WHERE s.outcome = 'review'");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.putIfAbsent(rs.getString(1) + "#" + rs.getInt(2), "review " + rs.getString(3));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT work_id, author_rank, person_id,"
              + " unit_id FROM table_row WHERE NOT deleted");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1) + "#" + rs.getInt(2), "table " + rs.getString(3) + " "
              + Objects.toString(rs.getString(4)));
        }
      }
    }
    return out;
  }
}
