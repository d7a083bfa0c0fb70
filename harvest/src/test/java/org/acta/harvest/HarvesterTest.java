package org.acta.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.harvest.detect.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvesterTest {
  private final Harvester harvester = new Harvester();

  @Test
  void parsersAreFoundThroughServiceLoader() {
    assertTrue(harvester.supportedFormats().containsAll(java.util.Set.of(ExportFormat.WOS_PLAIN,
        ExportFormat.WOS_TAB, ExportFormat.WOS_EXCEL, ExportFormat.GENERIC_TABLE)));
  }

  @Test
  void reportNamesFormatCharsetCountsAndProblems() throws IOException {
    CollectingSink sink = new CollectingSink();
    FileReport r = harvester.read(Samples.of("wos/plain/nasty-crlf-bom.txt"), sink);
    assertTrue(r.recognized());
    assertEquals(ExportFormat.WOS_PLAIN, r.format());
    assertEquals(StandardCharsets.UTF_8, r.charset());
    assertEquals(4, r.records());
    assertEquals(0, r.dropped());
    assertEquals(1, r.problemCount());
    assertEquals(sink.problems, r.problems());
    assertEquals("nasty-crlf-bom.txt: WoS plain text, UTF-8, 4 records, 0 dropped, 1 problems",
        r.summary());
  }

  @Test
  void anUnrecognisedFileIsAReportNotAnException() throws IOException {
    CollectingSink sink = new CollectingSink();
    FileReport r = harvester.read(Samples.of("garbage/prose.txt"), sink);
    assertFalse(r.recognized());
    assertNull(r.charset());
    assertEquals(0, r.records());
    assertEquals(1, sink.problems.size());
    assertTrue(sink.problems.get(0).describe().startsWith("prose.txt: "));
    assertTrue(sink.problems.get(0).fatalForRecord());
  }

  @Test
  void damagedSpreadsheetsAndHtmlWithoutTable(@TempDir Path dir) throws IOException {
    Path zip = Files.write(dir.resolve("savedrecs.xlsx"),
        new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
    FileReport r = harvester.read(zip, new CollectingSink());
    assertFalse(r.recognized());
    assertTrue(r.detection().contains("spreadsheet"), r.detection());
    Path html = Files.writeString(dir.resolve("x.xls"), "\t<html`~");
    assertFalse(harvester.read(html, new CollectingSink()).recognized());
  }
}
