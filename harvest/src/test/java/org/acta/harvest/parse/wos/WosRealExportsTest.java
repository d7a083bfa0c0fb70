package org.acta.harvest.parse.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acta.harvest.CollectingSink;
import org.acta.harvest.FileReport;
import org.acta.harvest.Harvester;
import org.acta.harvest.SharedData;
import org.acta.matching.model.Author;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real third-party WoS exports (shared/datasets/real-exports/wos) and the synthetic university's
 * WoS files, read through the {@link Harvester}: record counts, authors, C1 binding and RP.
 */
class WosRealExportsTest {

  static Stream<String> realFiles() throws IOException {
    return Files.readAllLines(SharedData.path("datasets/real-exports/expected.csv")).stream()
        .skip(1).filter(l -> l.startsWith("wos/"));
  }

  @ParameterizedTest
  @MethodSource("realFiles")
  void realExport(String line) throws IOException {
    String[] cells = line.split(",");
    Path file = SharedData.path("datasets/real-exports/" + cells[0]);
    CollectingSink sink = new CollectingSink();
    FileReport report = new Harvester().read(file, sink);
    assertEquals(Integer.parseInt(cells[1]), report.records(), report.summary());
    assertEquals(0, report.dropped(), report.summary());
    assertEquals(report.records(), sink.records.size());
    int withLinkedAuthor = 0;
    int withCorresponding = 0;
    for (SourceRecord r : sink.records) {
      assertTrue(r.ids().wosUt().startsWith("WOS:"), r.sourceKey());
      assertTrue(r.title() != null && !r.title().isBlank(), r.sourceKey());
      assertTrue(!r.authors().isEmpty(), r.sourceKey());
      if (r.affiliationsLinked()
          && r.authors().stream().anyMatch(a -> !a.affiliationIndexes().isEmpty())) {
        withLinkedAuthor++;
      }
      if (r.authors().stream().anyMatch(Author::corresponding)) {
        withCorresponding++;
      }
      for (var c : r.correspondence()) {
        assertTrue(!c.authorNames().isEmpty() || c.address() != null, r.sourceKey());
      }
    }
    // Nearly every record with RP names a corresponding author; every record with bracketed
    // C1 addresses links authors to them (old unbracketed C1 stays unlinked).
    long withRp = sink.records.stream().filter(r -> !r.correspondence().isEmpty()).count();
    assertTrue(withCorresponding >= withRp * 0.95, withCorresponding + " of " + withRp);
    long bracketed = sink.records.stream().filter(SourceRecord::affiliationsLinked).count();
    assertEquals(bracketed, withLinkedAuthor);
    assertTrue(bracketed > 0 || sink.records.size() < 3);
  }

  @Test
  void syntheticDevCountsAndNumberingMatchGold() throws IOException {
    Map<String, Integer> gold = new HashMap<>();
    for (String l : Files.readAllLines(SharedData.path("datasets/synthetic-dev/gold/works.csv"))) {
      String key = l.split(",")[0];
      int hash = key.lastIndexOf('#');
      if (hash > 0) {
        gold.merge(key.substring(0, hash), 1, Integer::sum);
      }
    }
    Harvester harvester = new Harvester();
    for (String name : List.of("savedrecs.txt", "savedrecs(1).txt", "savedrecs(2).txt")) {
      CollectingSink sink = new CollectingSink();
      FileReport report = harvester.read(
          SharedData.path("datasets/synthetic-dev/input/exports/" + name), sink);
      assertEquals(gold.get(name), report.records(), report.summary());
      for (int i = 0; i < sink.records.size(); i++) {
        assertEquals(name + "#" + (i + 1), sink.records.get(i).sourceKey());
      }
      long corresponding = sink.records.stream()
          .filter(r -> r.authors().stream().anyMatch(Author::corresponding)).count();
      assertTrue(corresponding > sink.records.size() * 0.8, name + ": " + corresponding);
    }
  }
}
