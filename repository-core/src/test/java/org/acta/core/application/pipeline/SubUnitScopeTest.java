package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.directory.UnitSubtree;
import org.acta.core.application.imports.ImportProgress;
import org.acta.core.application.imports.ImportService;
import org.acta.core.application.review.ReviewFilter;
import org.acta.core.application.review.ReviewItem;
import org.acta.core.application.review.ReviewKind;
import org.acta.core.application.review.ReviewQueue;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.pipeline.TableRow;
import org.junit.jupiter.api.Test;

/**
 * A unit secretary's scope is their unit and the units below it: on the demo university with a
 * group added below the school of materials (and 孙悦, whose paper goes to review, in it), the
 * school's scope holds the group's review item and its own rows, and neither a sibling school's
 * rows nor its items.
 */
class SubUnitScopeTest {
  private static final Path DEMO = Path.of("..", "deploy", "demo");

  @Test
  void aUnitsScopeHoldsItsSubUnitsRowsAndItemsAndNotASiblings() throws Exception {
    try (TestDatabase db = TestDatabase.create()) {
      String units = Files.readString(DEMO.resolve("units.csv"), StandardCharsets.UTF_8)
          + "QCU-MSE-2D,QCU-MSE,二维材料课题组,2D Materials Group,\n";
      String people = Files.readString(DEMO.resolve("people.csv"), StandardCharsets.UTF_8)
          .replace("G2002,student,孙悦,Sun Yue,QCU-MSE,", "G2002,student,孙悦,Sun Yue,QCU-MSE-2D,");
      new HrDirectoryImport(db.dataSource()).apply(new StringReader(units),
          new StringReader(people), "demo");
      ImportService imports = new ImportService(db.dataSource());
      long batch = imports.openBatch("test", "demo");
      for (String f : List.of("wos-demo.txt", "ei-demo.ris", "cnki-demo-refworks.txt",
          "wos-demo-review.txt")) {
        ImportProgress done = imports.run(imports.stage(batch, DEMO.resolve(f)));
        assertEquals(ImportProgress.FINISHED, done.status(), f);
      }
      new PipelineService(db.dataSource()).runFull();

      Set<String> school = UnitSubtree.codes(db.dataSource(), "QCU-MSE");
      assertEquals(Set.of("QCU-MSE", "QCU-MSE-2D"), school);
      assertEquals(Set.of("QCU-CHE", "QCU-CHE-EC"), UnitSubtree.codes(db.dataSource(), "QCU-CHE"));
      assertEquals(Set.of(), UnitSubtree.codes(db.dataSource(), "NO-SUCH"));

      TableQuery table = new TableQuery(db.dataSource());
      Set<String> rowUnits = table.changedSince(0, null, 1000,
              new TableFilter(null, null, null, null, null, school)).rows().stream()
          .map(TableRow::unitId).collect(Collectors.toSet());
      assertEquals(Set.of("QCU-MSE", "QCU-MSE-2D"), rowUnits,
          "the school's rows (赵磊) and its group's (孙悦), no sibling's");
      Set<String> chemistry = table.changedSince(0, null, 1000, new TableFilter(null, null, null,
          null, null, UnitSubtree.codes(db.dataSource(), "QCU-CHE"))).rows().stream()
          .map(TableRow::unitId).collect(Collectors.toSet());
      assertEquals(Set.of("QCU-CHE-EC"), chemistry, "a school sees its lab's rows");
      assertTrue(table.changedSince(0, null, 1000, new TableFilter(null, null, null, null, null,
          Set.of())).rows().isEmpty(), "an empty scope lets nothing through");

      ReviewQueue queue = new ReviewQueue(db.dataSource());
      List<ReviewItem> mine = queue.page(
          new ReviewFilter(null, ReviewKind.ATTRIBUTION, null, null, school), null, 50).items();
      assertFalse(mine.isEmpty(), "the group's item (孙悦) is the school's");
      assertTrue(mine.stream().allMatch(i -> school.contains(i.person().unitCode())),
          mine.toString());
      assertTrue(mine.stream().anyMatch(i -> "QCU-MSE-2D".equals(i.person().unitCode())));
      List<ReviewItem> sibling = queue.page(new ReviewFilter(null, ReviewKind.ATTRIBUTION, null, null,
          UnitSubtree.codes(db.dataSource(), "QCU-CHE")), null, 50).items();
      assertTrue(sibling.stream().noneMatch(i -> school.contains(i.person().unitCode())),
          sibling.toString());
    }
  }
}
