package org.acta.core.application.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.indexing.JournalListKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists stored and read back; ESI editions kept edition by edition. */
class IndexListStoreTest {
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

  private static Path file(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void everyKindOfListComesBackAsStoredAndEsiHistoryIsAnswered() throws Exception {
    IndexListStore store = new IndexListStore(db.dataSource());
    store.importFiles(List.of(
        file("journals.csv", "list,edition,valid_from,valid_to,title,issn,cn,tier\n"
            + "CSCD,2023-2024,2023,2024,新型材料学报,2001-001X,12-2506/TB,extended\n"
            + "PKU_CORE,2023,2023,,化工学报,,32-8648/TQ,\n"),
        file("esi-2025-07.csv", "list,edition,doi,wos_ut,esi_field\n"
            + "highly_cited,2025-07,10.97001/A.1,,\nhot,2025-07,,WOS:000000000000009,\n"),
        file("esi-2025-09.csv", "list,edition,doi,wos_ut,esi_field\n"
            + "highly_cited,2025-09,https://doi.org/10.97001/a.1,,CHEMISTRY\n"),
        file("subjects.csv", "category,esi_field,discipline\nOPTICS,PHYSICS,光学工程\n")),
        "librarian");

    IndexingLists lists = store.load();
    assertEquals(2, lists.journalLists().size());
    var cscd = lists.journalLists().stream().filter(l -> l.kind() == JournalListKind.CSCD)
        .findFirst().orElseThrow();
    assertEquals(Integer.valueOf(2024), cscd.lastYear());
    assertTrue(cscd.entries().get(0).extended());
    var pku = lists.journalLists().stream().filter(l -> l.kind() == JournalListKind.PKU_CORE)
        .findFirst().orElseThrow();
    assertEquals(null, pku.lastYear(), "an open edition stays open");
    assertEquals(1, lists.subjects().rows().size());

    assertEquals(List.of("HIGHLY_CITED 2025-07", "HIGHLY_CITED 2025-09"),
        store.esiEditions("doi:10.97001/a.1"));
    assertEquals(List.of("HOT 2025-07"), store.esiEditions("000000000000009"));
    assertEquals(List.of(), store.esiEditions("10.97001/never"));
  }
}
