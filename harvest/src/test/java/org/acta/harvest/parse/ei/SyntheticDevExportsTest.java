package org.acta.harvest.parse.ei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.acta.harvest.FileReport;
import org.acta.harvest.Harvester;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every EI and CNKI export of the synthetic-dev university, read through the {@link Harvester},
 * is detected as its format and parses into exactly the records the gold standard lists for it,
 * numbered 1..n in file order, none dropped; and the numbering is the gold's: records that the
 * gold says are the same work carry the same DOI.
 */
class SyntheticDevExportsTest {

  private static final Path EXPORTS = ParseRun.SHARED.resolve("datasets/synthetic-dev/input/exports");

  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of("export-01.txt", ExportFormat.EI_CSV),
        Arguments.of("export-03.txt", ExportFormat.EI_CSV),
        Arguments.of("export-06.txt", ExportFormat.EI_RIS),
        Arguments.of("export-02.txt", ExportFormat.EI_BIBTEX),
        Arguments.of("CNKI-638037491508839055.txt", ExportFormat.CNKI_REFWORKS),
        Arguments.of("export-04.txt", ExportFormat.CNKI_ENDNOTE),
        Arguments.of("export-05.txt", ExportFormat.CNKI_NOTEEXPRESS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void recordCountAndNumberingMatchTheGold(String file, ExportFormat format) throws IOException {
    ParseRun run = new ParseRun();
    FileReport report = new Harvester().read(EXPORTS.resolve(file), run);
    assertEquals(format, report.format(), report::toString);
    List<Integer> gold = ParseRun.goldKeys().get(file);
    assertEquals(gold.size(), run.records.size(), () -> "problems: " + run.problems);
    List<Integer> numbers = run.records.stream().map(r -> r.origin().recordNumber()).toList();
    assertEquals(gold.stream().sorted().toList(), numbers);
    assertTrue(run.problems.stream().noneMatch(p -> p.fatalForRecord()), () -> run.problems.toString());
    for (SourceRecord r : run.records) {
      assertTrue(r.title() != null && !r.title().isBlank(), () -> "no title: " + r.sourceKey());
      assertTrue(!r.authors().isEmpty(), () -> "no authors: " + r.sourceKey());
      assertTrue(r.year() != null, () -> "no year: " + r.sourceKey());
      assertTrue(r.title().indexOf('<') < 0 && r.title().indexOf('&') < 0
          && r.title().indexOf('_') < 0, () -> "markup left in " + r.title());
    }
  }

  @Test
  void recordsOfOneGoldWorkAgreeOnTheDoi() throws IOException {
    Map<String, String> workOf = goldWorks();
    Map<String, List<SourceRecord>> byWork = new HashMap<>();
    Harvester harvester = new Harvester();
    for (Arguments a : exports().toList()) {
      ParseRun run = new ParseRun();
      harvester.read(EXPORTS.resolve((String) a.get()[0]), run);
      for (SourceRecord r : run.records) {
        byWork.computeIfAbsent(workOf.get(r.sourceKey()), k -> new ArrayList<>()).add(r);
      }
    }
    int compared = 0;
    for (Map.Entry<String, List<SourceRecord>> e : byWork.entrySet()) {
      List<String> dois = e.getValue().stream().map(r -> r.ids().doi()).filter(d -> d != null)
          .map(d -> d.toLowerCase(Locale.ROOT)).distinct().toList();
      assertTrue(dois.size() <= 1, () -> e.getKey() + " has records with DOIs " + dois + ": "
          + e.getValue().stream().map(SourceRecord::sourceKey).toList());
      if (e.getValue().size() > 1 && dois.size() == 1) {
        compared++;
      }
    }
    assertTrue(compared > 200, "works seen in two EI/CNKI records with a DOI: " + compared);
  }

  private static Map<String, String> goldWorks() {
    try {
      Map<String, String> out = new HashMap<>();
      List<String> lines = Files.readAllLines(
          ParseRun.SHARED.resolve("datasets/synthetic-dev/gold/works.csv"));
      for (String line : lines.subList(1, lines.size())) {
        int comma = line.lastIndexOf(',');
        out.put(line.substring(0, comma), line.substring(comma + 1));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
