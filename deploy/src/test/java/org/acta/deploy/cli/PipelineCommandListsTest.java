package org.acta.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code acta pipeline --lists}: on the demo university's exports and with broken lists. */
class PipelineCommandListsTest {
  static final Path DEMO = Path.of("demo");

  @TempDir Path tmp;

  private int run(StringWriter err, String... args) {
    CommandLine cl = new CommandLine(new PipelineCommand());
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private String[] demoArgs(String... extra) {
    List<String> a = new java.util.ArrayList<>(List.of(
        "--units", DEMO.resolve("units.csv").toString(),
        "--people", DEMO.resolve("people.csv").toString(),
        "--out", tmp.resolve("out").toString()));
    a.addAll(List.of(extra));
    a.addAll(List.of(DEMO.resolve("wos-demo.txt").toString(),
        DEMO.resolve("ei-demo.ris").toString(),
        DEMO.resolve("cnki-demo-refworks.txt").toString()));
    return a.toArray(String[]::new);
  }

  @Test
  void withListsTheIndexingFileIsWrittenAndTheListsNamed() throws IOException {
    StringWriter err = new StringWriter();
    int exit = run(err, demoArgs("--lists", DEMO.resolve("lists").toString(),
        "--jcr-year-rule", "LATEST"));
    assertEquals(0, exit, err.toString());
    assertTrue(err.toString().contains("lists: jcr-2024.csv: JCR table, years [2024]"),
        err.toString());
    List<String> idx = Files.readAllLines(tmp.resolve("out/indexing.csv"),
        StandardCharsets.UTF_8);
    assertTrue(idx.get(0).startsWith("work_id,indexed_in,jcr_year,jcr_quartile"), idx.get(0));
    assertTrue(idx.size() > 1, idx.toString());
    assertTrue(idx.get(1).contains("rule: latest JCR imported"), idx.get(1));
  }

  @Test
  void withoutListsThereIsNoIndexingFile() {
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, demoArgs()), err.toString());
    assertTrue(Files.exists(tmp.resolve("out/table.csv")));
    assertFalse(Files.exists(tmp.resolve("out/indexing.csv")));
  }

  @Test
  void aBrokenListIsAnArgumentErrorNamingFileLineAndColumn() throws IOException {
    Path lists = Files.createDirectories(tmp.resolve("lists"));
    Files.writeString(lists.resolve("jcr.csv"), "year,title,issn,quartile\n2024,J,,Q9\n");
    StringWriter err = new StringWriter();
    int exit = run(err, demoArgs("--lists", lists.toString()));
    assertEquals(2, exit);
    assertTrue(err.toString().contains("--lists: jcr.csv:2: column quartile: \"Q9\" is not Q1-Q4"),
        err.toString());
  }
}
