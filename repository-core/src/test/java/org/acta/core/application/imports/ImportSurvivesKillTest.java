package org.acta.core.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.acta.core.testing.ImportProcess;
import org.acta.core.testing.SyntheticWosFile;
import org.acta.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an import: the importing JVM is killed without warning while
 * it stores records; the import run again (as the server does at start-up) completes with every
 * record stored exactly once.
 */
class ImportSurvivesKillTest {
  private static final int RECORDS = 6000;

  @TempDir Path tmp;

  @Test
  void killedMidImportThenResumedLosesNothingAndDuplicatesNothing() throws Exception {
    try (TestDatabase db = TestDatabase.create()) {
      Path file = SyntheticWosFile.write(tmp.resolve("savedrecs.txt"), 1, RECORDS);
      ImportService imports = new ImportService(db.dataSource());
      long id = imports.stage(imports.openBatch("test", null), file);

      Process child = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), ImportProcess.class.getName(),
          db.url(), db.user(), db.password().isEmpty() ? "-" : db.password(),
          Long.toString(id), "100"))
          .redirectErrorStream(true)
          .redirectOutput(tmp.resolve("child.log").toFile())
          .start();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
      long stored = 0;
      while (stored < RECORDS / 10 && child.isAlive() && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
        stored = db.count("SELECT records_read FROM import_file WHERE id = " + id);
      }
      assertTrue(child.isAlive(), "the import was still running when killed");
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM
      child.waitFor();
      ImportProgress killed = imports.progress(id).orElseThrow();
      assertEquals(ImportProgress.RUNNING, killed.status(), "a killed import stays 'running'");
      assertTrue(killed.recordsRead() < RECORDS, "killed halfway: " + killed.recordsRead());
      assertEquals(killed.recordsRead(), db.count("SELECT COUNT(*) FROM source_record"),
          "what is committed and the resume point agree");
      assertEquals(List.of(id), imports.unfinished(), "start-up finds it unfinished");

      ImportProgress resumed = imports.run(id);
      assertEquals(ImportProgress.FINISHED, resumed.status());
      assertEquals(RECORDS, resumed.recordsRead());
      assertEquals(RECORDS, resumed.recordsNew());
      assertEquals(RECORDS, db.count("SELECT COUNT(*) FROM source_record"));
      assertEquals(RECORDS, db.count("SELECT COUNT(DISTINCT natural_key) FROM source_record"));
      assertEquals(RECORDS, db.count("SELECT COUNT(*) FROM source_record_sighting"));
      assertEquals(RECORDS, db.count("SELECT COUNT(DISTINCT record_number) FROM source_record"));
    }
  }
}
