package org.acta.core.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.acta.core.application.directory.DictionaryChange;
import org.acta.core.application.directory.HrDirectoryImport;
import org.acta.core.application.directory.PeopleFileChange;
import org.acta.core.application.directory.UnitNameChange;
import org.acta.core.application.imports.ImportProgress;
import org.acta.core.application.imports.ImportService;
import org.acta.core.testing.TestDatabase;
import org.acta.matching.attribution.dictionary.DictionaryLoader;
import org.acta.matching.attribution.dictionary.Person;
import org.acta.matching.attribution.dictionary.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a dictionary preview takes on synthetic-dev (3,811 records, 3,205 people) in the
 * database: HR's people export with every tenth person moved to another unit, one unit name
 * removed, one added. Not a unit test: runs only with {@code -Dacta.bench.preview=true}, e.g.
 * {@code mvn -o -pl repository-core -am test -Dtest=DictionaryPreviewBenchmark
 * -Dacta.bench.preview=true -Dsurefire.failIfNoSpecifiedTests=false}. Prints each preview's
 * counts and its times (the first run, then the median of three more).
 */
class DictionaryPreviewBenchmark {
  private static final Path DATA = Path.of(System.getProperty("acta.datasets",
      "../../shared/datasets"), "synthetic-dev", "input");

  @TempDir Path tmp;

  @Test
  void previewsOnSyntheticDev() throws Exception {
    assumeTrue(Boolean.getBoolean("acta.bench.preview"),
        "set -Dacta.bench.preview=true to run the benchmark");
    assumeTrue(Files.isDirectory(DATA), "synthetic-dev is not here");
    try (TestDatabase db = TestDatabase.create()) {
      try (Reader u = Files.newBufferedReader(DATA.resolve("units.csv"));
          Reader p = Files.newBufferedReader(DATA.resolve("people.csv"))) {
        new HrDirectoryImport(db.dataSource()).apply(u, p, "synthetic-dev");
      }
      ImportService imports = new ImportService(db.dataSource());
      long batch = imports.openBatch("bench", "synthetic-dev");
      try (Stream<Path> s = Files.list(DATA.resolve("exports"))) {
        for (Path f : s.sorted().toList()) {
          assertEquals(ImportProgress.FINISHED, imports.run(imports.stage(batch, f)).status());
        }
      }
      System.out.println("pipeline: " + new PipelineService(db.dataSource()).runFull().summary());

      List<Unit> units;
      try (Reader u = Files.newBufferedReader(DATA.resolve("units.csv"))) {
        units = DictionaryLoader.readUnits(u);
      }
      List<Person> people;
      try (Reader p = Files.newBufferedReader(DATA.resolve("people.csv"))) {
        people = DictionaryLoader.readPeople(p);
      }
      List<Unit> departments = units.stream().filter(u -> !u.isInstitution()).toList();
      Unit withNames = departments.stream().filter(u -> !u.variants().isEmpty()).findFirst()
          .orElseThrow();
      List<DictionaryChange> changes = List.of(
          new PeopleFileChange(moveEveryTenth(people, departments), "people-moved.csv"),
          new UnitNameChange(withNames.id(), withNames.variants().get(0), false),
          new UnitNameChange(departments.get(0).id(), "Bench Added Name", true));
      DictionaryPreviewService previews = new DictionaryPreviewService(db.dataSource());
      // process CPU time besides wall time: on a machine shared with other builds the wall
      // time says more about the neighbours than about the preview
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      for (DictionaryChange change : changes) {
        DictionaryPreview first = previews.preview(change);
        long[] more = new long[3];
        long[] cpu = new long[3];
        for (int i = 0; i < more.length; i++) {
          long before = os.getProcessCpuTime();
          more[i] = previews.preview(change).millis();
          cpu[i] = (os.getProcessCpuTime() - before) / 1_000_000;
        }
        Arrays.sort(more);
        Arrays.sort(cpu);
        System.out.printf("preview %s: works %d, positions %d, added %d, removed %d, moved %d,"
            + " to review %d, left review %d; first %d ms, median of 3 more %d ms wall,"
            + " %d ms CPU%n",
            first.change(), first.works(), first.positions(), first.added(), first.removed(),
            first.moved(), first.toReview(), first.leftReview(), first.millis(), more[1], cpu[1]);
      }
    }
  }

  /** The export with every tenth person in the next department (a reorganisation). */
  private static List<Person> moveEveryTenth(List<Person> people, List<Unit> departments) {
    List<Person> out = new ArrayList<>(people.size());
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      if (i % 10 == 0) {
        String unit = departments.get((i / 10) % departments.size()).id();
        p = new Person(p.id(), p.kind(), p.nameZh(), p.nameEn(), unit, p.supervisorId(),
            p.email(), p.orcid(), p.startYear(), p.endYear());
      }
      out.add(p);
    }
    return out;
  }
}
