package org.acta.harvest.parse.ei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.acta.harvest.detect.ExportFormat;
import org.acta.harvest.parse.RecordParser;
import org.acta.harvest.parse.cnki.CnkiEndNoteParser;
import org.acta.harvest.parse.cnki.CnkiNoteExpressParser;
import org.acta.harvest.parse.cnki.CnkiRefWorksParser;
import org.acta.harvest.parse.tagged.ParseRun;
import org.acta.matching.model.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every EI and CNKI export of the synthetic-dev university parses into exactly the records the
 * gold standard lists for it, numbered 1..n in file order, without dropped records.
 */
class SyntheticDevExportsTest {

  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of("export-01.txt", new EiCsvParser(), ExportFormat.EI_CSV),
        Arguments.of("export-03.txt", new EiCsvParser(), ExportFormat.EI_CSV),
        Arguments.of("export-06.txt", new EiRisParser(), ExportFormat.EI_RIS),
        Arguments.of("export-02.txt", new EiBibtexParser(), ExportFormat.EI_BIBTEX),
        Arguments.of("CNKI-638037491508839055.txt", new CnkiRefWorksParser(),
            ExportFormat.CNKI_REFWORKS),
        Arguments.of("export-04.txt", new CnkiEndNoteParser(), ExportFormat.CNKI_ENDNOTE),
        Arguments.of("export-05.txt", new CnkiNoteExpressParser(), ExportFormat.CNKI_NOTEEXPRESS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void recordCountAndNumberingMatchTheGold(String file, RecordParser parser, ExportFormat format) {
    Path path = ParseRun.SHARED.resolve("datasets/synthetic-dev/input/exports").resolve(file);
    ParseRun run = ParseRun.of(parser, path, format);
    List<Integer> gold = ParseRun.goldKeys().get(file);
    assertEquals(gold.size(), run.records.size(), () -> "problems: " + run.problems);
    List<Integer> numbers = run.records.stream().map(r -> r.origin().recordNumber()).toList();
    assertEquals(gold.stream().sorted().toList(), numbers);
    assertTrue(run.problems.stream().noneMatch(p -> p.fatalForRecord()), () -> run.problems.toString());
    for (SourceRecord r : run.records) {
      assertTrue(r.title() != null && !r.title().isBlank(), () -> "no title: " + r.sourceKey());
      assertTrue(!r.authors().isEmpty(), () -> "no authors: " + r.sourceKey());
      assertTrue(r.year() != null, () -> "no year: " + r.sourceKey());
    }
  }
}
