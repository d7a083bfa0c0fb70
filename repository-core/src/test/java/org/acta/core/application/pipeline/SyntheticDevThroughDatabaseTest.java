package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.imports.ImportProgress;
import org.acta.core.application.imports.ImportService;
import org.acta.core.testing.TestDatabase;
import org.acta.harvest.Harvester;
import org.acta.harvest.parse.ParseProblem;
import org.acta.harvest.parse.RecordSink;
import org.acta.matching.attribution.Attributors;
import org.acta.matching.attribution.dictionary.DictionaryLoader;
import org.acta.matching.dedup.Deduplicators;
import org.acta.matching.model.SourceRecord;
import org.acta.matching.pipeline.OfflinePipeline;
import org.acta.matching.pipeline.PipelineCsvWriter;
import org.acta.matching.pipeline.PipelineResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The synthetic university through the database (HR import, file import, pipeline, CSV export)
 * against the offline pipeline over the same files: the same works and the same table. Both
 * outputs are left in {@code target/synthetic-dev-db} and {@code target/synthetic-dev-offline}
 * for the scorer.
 */
class SyntheticDevThroughDatabaseTest {
  private static final Path DATA = Path.of(System.getProperty("acta.datasets",
      "../../shared/datasets"), "synthetic-dev");

  @Test
  void theDatabaseGivesTheOfflineResult() throws Exception {
    assumeTrue(Files.isDirectory(DATA), "synthetic-dev is not here");
    Path input = DATA.resolve("input");
    List<Path> exports;
    try (Stream<Path> s = Files.list(input.resolve("exports"))) {
      exports = s.sorted().toList();
    }
    Path dbOut = Path.of("target", "synthetic-dev-db");
    Path offlineOut = Path.of("target", "synthetic-dev-offline");

    try (TestDatabase db = TestDatabase.create()) {
      try (Reader u = Files.newBufferedReader(input.resolve("units.csv"));
          Reader p = Files.newBufferedReader(input.resolve("people.csv"))) {
        new HrDirectoryImport(db.dataSource()).apply(u, p, "synthetic-dev");
      }
      ImportService imports = new ImportService(db.dataSource());
      long batch = imports.openBatch("test", "synthetic-dev");
      long started = System.nanoTime();
      int stored = 0;
      for (Path f : exports) {
        ImportProgress done = imports.run(imports.stage(batch, f));
        assertEquals(ImportProgress.FINISHED, done.status(), f.toString());
        stored += done.recordsRead();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("import: %d records in %.1f s (%.0f records/s)%n", stored, seconds,
          stored / seconds);
      PipelineService pipeline = new PipelineService(db.dataSource());
      PipelineRunReport first = pipeline.runFull();
      System.out.println("pipeline: " + first.summary());
      new DatabaseCsvExport(db.dataSource()).writeAll(dbOut);

      PipelineRunReport again = pipeline.runFull();
      assertEquals(0, again.rowsChanged(), "a full re-run changes nothing");
      assertEquals(0, again.rowsDeleted());
      assertEquals(first.version(), again.version());
    }

    List<SourceRecord> records = new ArrayList<>();
    Harvester harvester = new Harvester();
    for (Path f : exports) {
      harvester.read(f, new RecordSink() {
        @Override
        public void record(SourceRecord r) {
          records.add(r);
        }

        @Override
        public void problem(ParseProblem p) {}
      });
    }
    PipelineResult offline;
    try (Reader u = Files.newBufferedReader(input.resolve("units.csv"));
        Reader p = Files.newBufferedReader(input.resolve("people.csv"))) {
      offline = new OfflinePipeline(Deduplicators.standard(),
          Optional.of(Attributors.standard(DictionaryLoader.load(u, p)))).run(records);
    }
    Files.createDirectories(offlineOut);
    PipelineCsvWriter writer = new PipelineCsvWriter();
    try (Writer w = Files.newBufferedWriter(offlineOut.resolve("works.csv"))) {
      writer.writeWorks(offline, w);
    }
    try (Writer w = Files.newBufferedWriter(offlineOut.resolve("table.csv"))) {
      writer.writeTable(offline, w);
    }
    try (Writer w = Files.newBufferedWriter(offlineOut.resolve("review.csv"))) {
      writer.writeReview(offline, w);
    }

    Map<String, String> dbWorks = column(dbOut.resolve("works.csv"), "source_key", "work_id");
    Map<String, String> offWorks = column(offlineOut.resolve("works.csv"), "source_key", "work_id");
    assertEquals(offWorks.keySet(), dbWorks.keySet(), "every record read is in a work");
    int differ = 0;
    for (String key : offWorks.keySet()) {
      if (!offWorks.get(key).equals(dbWorks.get(key))) {
        differ++;
      }
    }
    Set<String> dbRows = rows(dbOut.resolve("table.csv"));
    Set<String> offRows = rows(offlineOut.resolve("table.csv"));
    Set<String> onlyDb = new HashSet<>(dbRows);
    onlyDb.removeAll(offRows);
    Set<String> onlyOffline = new HashSet<>(offRows);
    onlyOffline.removeAll(dbRows);
    System.out.printf("works: %d source keys in another work; table: %d rows only in the database,"
        + " %d only offline%n", differ, onlyDb.size(), onlyOffline.size());
    assertEquals(0, differ, "records in another work than offline");
    assertEquals(Set.of(), onlyDb, "table rows only in the database");
    assertEquals(Set.of(), onlyOffline, "table rows only offline");
  }

  private static Map<String, String> column(Path csv, String key, String value)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(r)) {
        out.put(rec.get(key), rec.get(value));
      }
    }
    return out;
  }

  /** Rows as text without version (offline is always 1). */
  private static Set<String> rows(Path csv) throws IOException {
    Set<String> out = new HashSet<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(r)) {
        Map<String, String> m = new HashMap<>(rec.toMap());
        m.remove("version");
        out.add(new java.util.TreeMap<>(m).toString());
      }
    }
    return out;
  }
}
