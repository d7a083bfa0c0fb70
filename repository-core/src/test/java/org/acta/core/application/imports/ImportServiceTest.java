package org.acta.core.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.core.testing.FailingCommits;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.acta.harvest.Harvester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
  @TempDir Path tmp;
  private TestDatabase db;

  @BeforeEach
  void database() {
    db = TestDatabase.create();
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void storesEveryRecordVerbatimWithFileRecordNumberAndLines() throws Exception {
    Path file = SyntheticWosFile.write(tmp.resolve("a/savedrecs.txt"), 1, 7);
    ImportService imports = new ImportService(db.dataSource(), new Harvester(), 3);
    long batch = imports.openBatch("test", null);
    ImportProgress done = imports.run(imports.stage(batch, file));

    assertEquals(ImportProgress.FINISHED, done.status());
    assertEquals(7, done.recordsTotal());
    assertEquals(7, done.recordsRead());
    assertEquals(7, done.recordsNew());
    assertEquals("savedrecs.txt", done.fileName());
    assertEquals(7, db.count("SELECT COUNT(*) FROM source_record"));
    assertEquals(7, db.count("SELECT COUNT(*) FROM source_record_sighting"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM source_record WHERE file_name = 'savedrecs.txt'"
        + " AND record_number = 3 AND first_line > 2 AND last_line > first_line"
        + " AND verbatim_text LIKE 'PT J%UT WOS:000000000000003%'"
        + " AND natural_key = 'WOS|WOS:000000000000003' AND parsed_fields IS NOT NULL"));
    assertEquals(7, db.count("SELECT record_count FROM import_batch"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM import_batch WHERE status = 'finished'"));
  }

  @Test
  void reimportingAFileOrAnOverlappingExportAddsNothingNew() throws Exception {
    Path first = SyntheticWosFile.write(tmp.resolve("1/savedrecs.txt"), 1, 10);
    Path again = Files.copy(first, Files.createDirectories(tmp.resolve("2")).resolve("savedrecs.txt"));
    Path overlap = SyntheticWosFile.write(tmp.resolve("3/savedrecs(1).txt"), 6, 10);
    ImportService imports = new ImportService(db.dataSource(), new Harvester(), 4);

    imports.run(imports.stage(imports.openBatch("test", null), first));
    ImportProgress repeat = imports.run(imports.stage(imports.openBatch("test", null), again));
    assertEquals(0, repeat.recordsNew());
    assertEquals(10, repeat.recordsKnown());
    assertEquals(10, db.count("SELECT COUNT(*) FROM source_record"));
    assertEquals(10, db.count("SELECT COUNT(*) FROM source_record_sighting"),
        "the same file content read again is not even a new sighting");

    ImportProgress over = imports.run(imports.stage(imports.openBatch("test", null), overlap));
    assertEquals(5, over.recordsNew());
    assertEquals(5, over.recordsKnown());
    assertEquals(15, db.count("SELECT COUNT(*) FROM source_record"));
    assertEquals(20, db.count("SELECT COUNT(*) FROM source_record_sighting"),
        "the overlap is remembered where it was read");
  }

  @Test
  void anInterruptedImportResumesWithNoRecordLostAndNoneTwice() throws Exception {
    Path file = SyntheticWosFile.write(tmp.resolve("big/savedrecs.txt"), 1, 100);
    ImportService healthy = new ImportService(db.dataSource(), new Harvester(), 10);
    long batch = healthy.openBatch("test", null);
    long id = healthy.stage(batch, file);
    // The 4th commit of the run fails: chunks 1-3 are stored, the 4th is not.
    ImportService failing =
        new ImportService(new FailingCommits(db.dataSource(), 4), new Harvester(), 10);
    ImportProgress broken = failing.run(id);
    assertEquals(ImportProgress.FAILED, broken.status());
    assertEquals(30, broken.recordsRead());
    assertEquals(30, db.count("SELECT COUNT(*) FROM source_record"));

    ImportProgress resumed = healthy.run(id);
    assertEquals(ImportProgress.FINISHED, resumed.status());
    assertEquals(100, resumed.recordsRead());
    assertEquals(100, resumed.recordsNew());
    assertEquals(0, resumed.recordsKnown());
    assertEquals(100, db.count("SELECT COUNT(*) FROM source_record"));
    assertEquals(100, db.count("SELECT COUNT(DISTINCT record_number) FROM source_record"));
    assertEquals(100, db.count("SELECT COUNT(*) FROM source_record_sighting"));
  }

  @Test
  void perRecordProblemsAreKeptAndListed() throws Exception {
    Path file = SyntheticWosFile.write(tmp.resolve("p/savedrecs.txt"), 1, 3);
    // Truncate the file inside its last record: the parser reports it.
    String text = Files.readString(file);
    Files.writeString(file, text.substring(0, text.lastIndexOf("DI 10.99999")));
    ImportService imports = new ImportService(db.dataSource());
    ImportProgress done = imports.run(imports.stage(imports.openBatch("test", null), file));

    assertTrue(done.problems() > 0, "the truncation is reported");
    List<ImportProblemView> problems = imports.problems(done.importFileId(), 10);
    assertFalse(problems.isEmpty());
    assertEquals(done.problems(), db.count("SELECT COUNT(*) FROM import_problem"));
  }

  @Test
  void anUnrecognisedFileIsAFinishedImportWithAFileProblem() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "just some notes\nnothing else\n");
    ImportService imports = new ImportService(db.dataSource());
    ImportProgress done = imports.run(imports.stage(imports.openBatch("test", null), file));
    assertEquals(0, done.recordsNew());
    assertEquals(1, done.problems());
    assertEquals(0, imports.problems(done.importFileId(), 10).get(0).recordNumber());
  }
}
